package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.Routing.RoutingBoard;
import pl.cus.portal.triage.Suggestion;
import pl.cus.portal.triage.Workload;

/**
 * The organiser's assignment: everyone who may take the application now, best fit first, the suggestion preselected
 * and its reason offered as the reason for the assignment.
 */
class AssignDialog extends Dialog {

    private final Select<Workload> person = new Select<>();
    private final TextArea reason = new TextArea();
    private final Feedback feedback = new Feedback("assign-feedback");

    AssignDialog(
            ServiceCalls calls,
            CaseAssignments assignments,
            Actor actor,
            CaseSummary application,
            RoutingBoard board,
            Consumer<CaseSummary> onAssigned) {
        setId("assign-dialog");
        addClassName("triage-dialog");
        setHeaderTitle(getTranslation("triage.assign.title", application.reference()));
        Suggestion suggestion = board.suggest(application);
        List<Workload> candidates = board.candidates(application).stream()
                .filter(w -> application.assignee() == null
                        || !w.profile()
                                .accountId()
                                .equals(application.assignee().id()))
                .toList();

        person.setId("assign-person");
        person.setLabel(getTranslation("triage.assign.person"));
        person.setItems(candidates);
        person.setItemLabelGenerator(w -> getTranslation(
                suggestion.found() && w.equals(suggestion.assignee())
                        ? "triage.assign.option.suggested"
                        : "triage.assign.option",
                w.profile().displayName(),
                Texts.workload(w.activeCases(), w.limit(), getLocale())));
        person.setWidthFull();
        if (suggestion.found() && candidates.contains(suggestion.assignee())) {
            person.setValue(suggestion.assignee());
        } else if (!candidates.isEmpty()) {
            person.setValue(candidates.getFirst());
        }

        var why = new Paragraph(getTranslation("triage.assign.suggestion", suggestion.reason(getLocale())));
        why.setId("assign-suggestion");

        reason.setId("assign-reason");
        reason.setLabel(getTranslation("triage.assign.reason"));
        reason.setHelperText(getTranslation("triage.assign.reason.help"));
        reason.setRequired(true);
        reason.setMaxLength(900);
        reason.setWidthFull();
        reason.setValue(
                suggestion.found()
                        ? getTranslation("triage.assign.reason.default", suggestion.reason(getLocale()))
                        : "");

        add(why, person, reason, feedback);
        if (candidates.isEmpty()) {
            feedback.error(getTranslation("triage.assign.nobody"));
        }

        var confirm = new Button(getTranslation("triage.assign.confirm"), click -> {
            Workload chosen = person.getValue();
            if (chosen == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("triage.error.assignee-missing"));
                return;
            }
            calls.attempt(
                            assignments
                                    .assign(
                                            actor,
                                            application.id(),
                                            chosen.profile().username(),
                                            reason.getValue(),
                                            application.assignee() != null)
                                    .onErrorMap(DomainException.class, refused -> workloadFull(refused, chosen)),
                            feedback,
                            FieldErrors.none(),
                            limitParams(chosen))
                    .ifPresent(done -> {
                        close();
                        onAssigned.accept(done);
                    });
        });
        confirm.setId("assign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("triage.assign.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }

    /** The person and their limit, for the refusal of a full workload. */
    private Object[] limitParams(Workload chosen) {
        return chosen.limit() == null
                ? new Object[0]
                : new Object[] {chosen.profile().displayName(), Texts.workload(chosen.limit(), null, getLocale())};
    }

    /** A full workload names the person and their limit. */
    private DomainException workloadFull(DomainException refused, Workload chosen) {
        if ("intake.error.workload-full".equals(refused.messageKey()) && chosen.limit() != null) {
            return new DomainException.Conflict("triage.error.workload-full", refused.getMessage());
        }
        return refused;
    }
}
