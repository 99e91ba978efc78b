package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import pl.cus.portal.notifications.OutboxSummary;
import pl.cus.portal.shared.ui.Formats;

/** The outbox at a glance: counts by state, the oldest wait, the latest error, and why mail is held if it is. */
class OutboxSummaryPanel extends Div {

    OutboxSummaryPanel(OutboxSummary summary) {
        setId("mail-outbox-summary");
        addClassName("outbox-summary");
        add(new H2(getTranslation("notifications.outbox.summary")));
        if (!summary.smtpConfigured()) {
            var held = new Paragraph(getTranslation("notifications.outbox.held-no-smtp"));
            held.setId("mail-outbox-held-notice");
            held.addClassName("notice");
            add(held);
        }
        var list = new DescriptionList();
        entry(list, "notifications.outbox.count.pending", String.valueOf(summary.pending()));
        entry(list, "notifications.outbox.count.held", String.valueOf(summary.held()));
        entry(list, "notifications.outbox.count.failed", String.valueOf(summary.failed()));
        entry(list, "notifications.outbox.count.sent", String.valueOf(summary.sent()));
        entry(
                list,
                "notifications.outbox.oldest-unsent",
                summary.oldestUnsentAge() == null
                        ? getTranslation("notifications.outbox.none-waiting")
                        : age(summary.oldestUnsentAge()));
        entry(
                list,
                "notifications.outbox.last-error",
                summary.lastError() == null
                        ? getTranslation("notifications.outbox.no-error")
                        : summary.lastErrorAt() == null
                                ? summary.lastError()
                                : getTranslation(
                                        "notifications.outbox.error-at",
                                        Formats.of(getLocale()).timestamp(summary.lastErrorAt()),
                                        summary.lastError()));
        add(list);
    }

    private void entry(DescriptionList list, String termKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private String age(Duration age) {
        if (age.toDays() > 0) {
            return getTranslation("notifications.outbox.age.days", age.toDays(), age.toHoursPart());
        }
        if (age.toHours() > 0) {
            return getTranslation("notifications.outbox.age.hours", age.toHours(), age.toMinutesPart());
        }
        return getTranslation("notifications.outbox.age.minutes", age.toMinutes());
    }
}
