package pl.cus.portal.deadlines.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.deadlines.StaffNotification;
import pl.cus.portal.deadlines.StaffNotifications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.publisher.Mono;

/** Organisers' notices (a deadline turned overdue): an unread badge with the number in words, and the list. */
class NotificationPanel extends Div {

    private final ServiceCalls calls;
    private final StaffNotifications notifications;
    private final Actor actor;
    private final Span badge = new Span();
    private final UnorderedList list = new UnorderedList();

    NotificationPanel(ServiceCalls calls, StaffNotifications notifications, Actor actor) {
        this.calls = calls;
        this.notifications = notifications;
        this.actor = actor;
        setId("deadline-notifications");
        addClassName("deadline-notifications");
        badge.setId("notifications-unread");
        badge.addClassName("deadline-badge");
        var heading = new H2(getTranslation("deadlines.notifications.title"));
        heading.add(new Span(" "), badge);
        add(heading, list);
        getElement().setAttribute("aria-live", "polite");
    }

    boolean visible() {
        return actor.has(Role.ORGANISER);
    }

    /** The notices now; only organisers have any. */
    Mono<Notices> load() {
        if (!visible()) {
            return Mono.just(new Notices(0, List.of()));
        }
        return notifications
                .unreadCount(actor)
                .zipWith(notifications.recent(actor, 20).collectList())
                .map(both -> new Notices(both.getT1(), both.getT2()));
    }

    void show(Notices notices) {
        if (!visible()) {
            return;
        }
        badge.setText(getTranslation("deadlines.notifications.unread", notices.unread()));
        list.removeAll();
        if (notices.recent().isEmpty()) {
            list.add(new ListItem(getTranslation("deadlines.notifications.none")));
        }
        var formats = Formats.of(getLocale());
        for (StaffNotification notice : notices.recent()) {
            var item = new ListItem();
            item.addClassName(notice.read() ? "notification-read" : "notification-unread");
            String status =
                    getTranslation(notice.read() ? "deadlines.notifications.read" : "deadlines.notifications.new");
            item.add(new Span(status + " · " + formats.shortDateTime(notice.createdAt()) + " · "
                    + getTranslation(notice.messageKey(), notice.reference())));
            if (!notice.read()) {
                var markRead = new Button(getTranslation("deadlines.notifications.mark-read"), click -> {
                    calls.get(notifications.markRead(actor, notice.id()));
                    show(calls.get(load()));
                });
                markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                markRead.getElement()
                        .setAttribute(
                                "aria-label",
                                getTranslation("deadlines.notifications.mark-read-for", notice.reference()));
                item.add(markRead);
            }
            list.add(item);
        }
    }

    record Notices(long unread, List<StaffNotification> recent) {}
}
