package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.notifications.MailPreference;
import pl.cus.portal.notifications.Notification;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;

/** The list and the e-mail switches, the same for residents and staff; each links to the matter in its side of the portal. */
class NotificationsPage extends Div {

    static final String RESIDENT = "portal/notifications";
    static final String STAFF = "backoffice/notifications";

    private final NotificationInbox inbox;
    private final ServiceCalls calls;
    private final Actor actor;
    private final UnorderedList list = new UnorderedList();
    private final Feedback status = new Feedback("notification-status");

    NotificationsPage(NotificationInbox inbox, ServiceCalls calls, Actor actor) {
        this.inbox = inbox;
        this.calls = calls;
        this.actor = actor;
        addClassName("notifications-page");
        list.setId("notification-list");
        status.addClassName("visually-hidden");
        add(new H1(getTranslation("notifications.title")), status, list, preferences());
        showList();
    }

    private void showList() {
        list.removeAll();
        List<Notification> items = calls.list(inbox.mine(actor, 100));
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("notifications.none")));
            return;
        }
        var formats = Formats.of(getLocale());
        for (Notification n : items) {
            var item = new ListItem();
            item.addClassName(n.read() ? "notification-read" : "notification-unread");
            String ref = n.reference() == null ? "" : n.reference();
            String detail = n.detail() == null ? "" : getTranslation("notifications.destination." + n.detail());
            item.add(
                    new Span(getTranslation(n.read() ? "notifications.read" : "notifications.new") + " · "
                            + formats.shortDateTime(n.at()) + " · "),
                    new Span(getTranslation("notifications.type." + n.type().name(), ref, detail)));
            if (n.applicationId() != null) {
                var open = new Anchor(n.type().path(n.applicationId()), getTranslation("notifications.open", ref));
                // Also in cus.css; inline too so that colour is never the only cue, whatever the stylesheet's state.
                open.getStyle().set("text-decoration", "underline");
                item.add(new Span(" "), open);
            }
            if (!n.read()) {
                var markRead = new Button(getTranslation("notifications.mark-read"), click -> {
                    calls.get(inbox.markRead(actor, n.id()));
                    showList();
                    status.ok(getTranslation("notifications.read"));
                });
                markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                markRead.getElement().setAttribute("aria-label", getTranslation("notifications.mark-read") + " " + ref);
                item.add(markRead);
            }
            list.add(item);
        }
    }

    private Div preferences() {
        var box = new Div(new H2(getTranslation("notifications.preferences.title")));
        box.setId("notification-preferences");
        List<MailPreference> prefs = calls.find(inbox.preferences(actor)).orElse(List.of());
        for (MailPreference pref : prefs) {
            String label = getTranslation("notifications.type." + pref.type().name(), "…", "…");
            var check = new Checkbox(
                    pref.required() ? label + " (" + getTranslation("notifications.preferences.required") + ")" : label,
                    pref.email());
            check.setReadOnly(pref.required());
            check.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    calls.get(inbox.setEmail(actor, pref.type(), event.getValue()));
                }
            });
            box.add(new Div(check));
        }
        return box;
    }
}
