package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.shared.ui.FieldErrors;

/** The end of the assistance: the date, the reason (with its text for "other") and when monitoring ends. */
class EndForm extends Div {

    EndForm(AssistancePage page) {
        var endedOn = Fields.date("end-date", getTranslation("assistance.end.date"), getLocale(), page.today());
        endedOn.setMax(page.today());
        var reason = new Select<Ending.EndReason>();
        reason.setId("end-reason");
        reason.setLabel(getTranslation("assistance.end.reason"));
        reason.setItems(Ending.EndReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("assistance.end.reason." + r.name()));
        var reasonText = Fields.text("end-reason-text", getTranslation("assistance.end.reason-text"));
        reasonText.setHelperText(getTranslation("assistance.end.reason-text-help"));
        var until = Fields.date(
                "end-monitoring",
                getTranslation("assistance.end.monitoring"),
                getLocale(),
                page.today().plusMonths(3));
        until.setHelperText(getTranslation("assistance.end.monitoring-help"));
        endedOn.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                until.setMin(change.getValue().plusMonths(2));
                until.setMax(change.getValue().plusMonths(6));
            }
        });
        var binder = new Binder<>(Ending.class);
        binder.forField(endedOn).bind("endedOn");
        binder.forField(reason).bind("reason");
        binder.forField(reasonText).bind("reasonText");
        binder.forField(until).bind("monitoringUntil");
        var fields = FieldErrors.none()
                .with("endedOn", endedOn)
                .with("reason", reason)
                .with("reasonText", reasonText)
                .with("monitoringUntil", until);
        add(
                endedOn,
                reason,
                reasonText,
                until,
                Fields.button(
                        "end-save",
                        getTranslation("assistance.end.save"),
                        () -> page.save(
                                page.assistance().end(page.actor(), page.id(), Fields.written(binder)),
                                getTranslation("assistance.end.saved"),
                                fields)));
    }
}
