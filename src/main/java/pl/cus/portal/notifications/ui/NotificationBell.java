package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.Disposable;

/**
 * A link to the person's notifications with the unread count in words (not a colour or a dot alone). The count is
 * live: it follows the inbox while the header is on screen, and is read again after each navigation.
 */
class NotificationBell extends Anchor implements AfterNavigationObserver {

    private static final String ICON =
            "<svg viewBox=\"0 0 24 24\" width=\"1em\" height=\"1em\" aria-hidden=\"true\" focusable=\"false\">"
                    + "<path fill=\"currentColor\" d=\"M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5"
                    + "a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2z\"/></svg>";

    private final NotificationInbox inbox;
    private final ServiceCalls calls;
    private final Actor actor;
    private final Span text = new Span();
    private @Nullable Disposable live;

    NotificationBell(NotificationInbox inbox, ServiceCalls calls, Actor actor, boolean staff) {
        this.inbox = inbox;
        this.calls = calls;
        this.actor = actor;
        setHref(staff ? NotificationsPage.STAFF : NotificationsPage.RESIDENT);
        setId("notification-bell");
        addClassName("notification-bell");
        var icon = new Span();
        icon.addClassName("notification-bell-icon");
        icon.getElement().setProperty("innerHTML", ICON);
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, text);
        showUnread();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showUnread();
    }

    private void showUnread() {
        show(calls.find(inbox.unreadCount(actor)).orElse(0L));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        live = inbox.unreadCounts(actor).subscribe(unread -> ui.access(() -> show(unread)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (live != null) {
            live.dispose();
        }
    }

    private void show(long unread) {
        text.setText(getTranslation("notifications.bell", unread));
    }

    static Optional<Component> of(NotificationInbox inbox, ServiceCalls calls, Actor actor, boolean staff) {
        return Optional.of(new NotificationBell(inbox, calls, actor, staff));
    }
}
