package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import pl.cus.portal.notifications.MailOutboxStatus;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.notifications.OutboxEntry;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The mail outbox for the administrator: its state at a glance (counts, the oldest wait, the latest error, and why
 * mail is held when no SMTP server is set), then the latest mails: HELD ones, FAILED ones to look into.
 */
@Route(value = "backoffice/mail-outbox", layout = StaffLayout.class)
@Menu(title = "notifications.outbox.title", order = 95)
@RolesAllowed("ADMIN")
class MailOutboxView extends Div implements HasDynamicTitle {

    MailOutboxView(NotificationInbox inbox, MailOutboxStatus status, ServiceCalls calls) {
        var grid = new Grid<OutboxEntry>();
        grid.setId("mail-outbox");
        grid.addColumn(OutboxEntry::createdAt).setHeader("");
        grid.addColumn(OutboxEntry::maskedRecipient).setHeader(getTranslation("notifications.outbox.recipient"));
        grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("notifications.outbox.subject"))
                .setFlexGrow(2);
        grid.addColumn(OutboxEntry::status).setHeader(getTranslation("notifications.outbox.status"));
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("notifications.outbox.attempts"));
        grid.addColumn(OutboxEntry::lastError).setHeader(getTranslation("notifications.outbox.error"));
        // A held mail's text (e.g. a confirmation link on the embedded default without SMTP) opens under its row.
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(entry -> {
            var text = new com.vaadin.flow.component.html.Pre(entry.heldBody() == null ? "" : entry.heldBody());
            text.addClassName("held-mail");
            return text;
        }));
        grid.setDetailsVisibleOnClick(true);
        var actor = Actors.current().orElseThrow();
        grid.setItems(calls.list(inbox.outbox(actor, 200)));
        grid.setAllRowsVisible(true);
        var summary = Objects.requireNonNull(
                calls.get(status.summary(actor)), "the outbox summary counts every mail, so it always answers");
        add(new H1(getTranslation("notifications.outbox.title")), new OutboxSummaryPanel(summary), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.outbox.title");
    }
}
