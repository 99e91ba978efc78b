package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;

/** "Qualification conditions not met": the justification and how to appeal. */
class RefuseDialog extends OutcomeDialog<RefuseDialog.Refusal> {

    /** What the refusal says to the resident. */
    public record Refusal(String justification, String appealInformation) {}

    RefuseDialog(
            ServiceCalls calls,
            BackOfficeApplications backOffice,
            Actor actor,
            CaseSummary application,
            Consumer<CaseSummary> done) {
        super("refuse-dialog", "triage.refuse.title", Refusal.class);
        var justification = area("refuse-justification", "triage.refuse.justification");
        var appeal = area("refuse-appeal", "triage.refuse.appeal");
        binder.forField(justification).bind("justification");
        binder.forField(appeal).bind("appealInformation");
        add(justification, appeal, feedback);
        footer(
                calls,
                "triage.refuse.confirm",
                "refuse-confirm",
                FieldErrors.none().with("justification", justification).with("appealInformation", appeal),
                refusal -> backOffice.refuse(
                        actor, application.id(), refusal.justification(), refusal.appealInformation()),
                done);
    }

    private TextArea area(String id, String labelKey) {
        var area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setRequired(true);
        area.setMaxLength(4000);
        area.setWidthFull();
        return area;
    }
}
