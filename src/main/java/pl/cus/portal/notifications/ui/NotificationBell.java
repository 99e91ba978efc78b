package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.time.Duration;
import java.util.Optional;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.shared.Actor;

/** A link to the person's notifications with the unread count in words (not a colour or a dot alone). */
class NotificationBell extends Anchor implements AfterNavigationObserver {

    private final NotificationInbox inbox;
    private final Actor actor;

    NotificationBell(NotificationInbox inbox, Actor actor, boolean staff) {
        this.inbox = inbox;
        this.actor = actor;
        setHref(staff ? NotificationsPage.STAFF : NotificationsPage.RESIDENT);
        setId("notification-bell");
        addClassName("notification-bell");
        refresh();
    }

    /** The layout stays while pages change; the count is read again after each navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        long unread = Optional.ofNullable(inbox.unreadCount(actor).block(Duration.ofSeconds(3))).orElse(0L);
        removeAll();
        var icon = new Span("🔔 ");
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation("notifications.bell", unread)));
    }

    static Optional<Component> of(NotificationInbox inbox, Actor actor, boolean staff) {
        return Optional.of(new NotificationBell(inbox, actor, staff));
    }
}
