package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.shared.ui.FieldErrors;

/** A note of the monitoring that follows the end. */
class MonitoringForm extends Div {

    MonitoringForm(AssistancePage page) {
        var on =
                Fields.date("monitoring-date", getTranslation("assistance.monitoring.date"), getLocale(), page.today());
        var text = Fields.area("monitoring-text", getTranslation("assistance.monitoring.text"));
        var binder = new Binder<>(MonitoringNote.class);
        binder.forField(on).bind("on");
        binder.forField(text).bind("text");
        var fields = FieldErrors.none().with("on", on).with("text", text);
        add(
                on,
                text,
                Fields.primary(
                        "monitoring-save",
                        getTranslation("assistance.monitoring.save"),
                        () -> page.save(
                                page.assistance().addMonitoringNote(page.actor(), page.id(), Fields.written(binder)),
                                getTranslation("assistance.monitoring.saved"),
                                fields)));
    }
}
