package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/** Forwarding (art. 38) and "qualification conditions not met", after the needs assessment or on their own. */
final class OutcomeDialogs {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private OutcomeDialogs() {}

    static Dialog forward(
            BackOfficeApplications backOffice, Actor actor, CaseSummary application, Consumer<CaseSummary> done) {
        var dialog = new Dialog();
        dialog.setId("forward-dialog");
        dialog.addClassName("triage-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("triage.forward.title"));
        var destination = new Select<Forwarding.Destination>();
        destination.setId("forward-destination");
        destination.setLabel(dialog.getTranslation("triage.forward.destination"));
        destination.setItems(Forwarding.Destination.values());
        destination.setItemLabelGenerator(value -> dialog.getTranslation("triage.forward.destination." + value.name()));
        destination.setValue(Forwarding.Destination.CENTRE_TEAM);
        var name = new TextField(dialog.getTranslation("triage.forward.name"));
        name.setId("forward-name");
        name.setRequired(true);
        name.setMaxLength(200);
        name.setWidthFull();
        var reason = new TextArea(dialog.getTranslation("triage.forward.reason"));
        reason.setId("forward-reason");
        reason.setRequired(true);
        reason.setMaxLength(4000);
        reason.setWidthFull();
        var feedback = new Feedback("forward-feedback");
        dialog.add(destination, name, reason, feedback);
        Map<String, HasValidation> fields = Map.of("to", name, "reason", reason, "destination", destination);
        footer(
                dialog,
                "triage.forward.confirm",
                "forward-confirm",
                feedback,
                fields,
                () -> backOffice
                        .forward(
                                actor,
                                application.id(),
                                new Forwarding(destination.getValue(), name.getValue(), reason.getValue()))
                        .block(WAIT),
                done);
        return dialog;
    }

    static Dialog refuse(
            BackOfficeApplications backOffice, Actor actor, CaseSummary application, Consumer<CaseSummary> done) {
        var dialog = new Dialog();
        dialog.setId("refuse-dialog");
        dialog.addClassName("triage-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("triage.refuse.title"));
        var justification = new TextArea(dialog.getTranslation("triage.refuse.justification"));
        justification.setId("refuse-justification");
        justification.setRequired(true);
        justification.setMaxLength(4000);
        justification.setWidthFull();
        var appeal = new TextArea(dialog.getTranslation("triage.refuse.appeal"));
        appeal.setId("refuse-appeal");
        appeal.setRequired(true);
        appeal.setMaxLength(4000);
        appeal.setWidthFull();
        var feedback = new Feedback("refuse-feedback");
        dialog.add(justification, appeal, feedback);
        footer(
                dialog,
                "triage.refuse.confirm",
                "refuse-confirm",
                feedback,
                Map.of("justification", justification, "appealInformation", appeal),
                () -> backOffice
                        .refuse(actor, application.id(), justification.getValue(), appeal.getValue())
                        .block(WAIT),
                done);
        return dialog;
    }

    private static void footer(
            Dialog dialog,
            String confirmKey,
            String confirmId,
            Feedback feedback,
            Map<String, HasValidation> fields,
            Supplier<CaseSummary> action,
            Consumer<CaseSummary> done) {
        var confirm = new Button(dialog.getTranslation(confirmKey), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                CaseSummary result = action.get();
                dialog.close();
                done.accept(result);
            } catch (InvalidInput invalid) {
                invalid.errors().forEach(error -> {
                    HasValidation field = fields.get(error.field());
                    if (field != null) {
                        field.setErrorMessage(dialog.getTranslation(error.messageKey()));
                        field.setInvalid(true);
                    }
                });
                feedback.error(Texts.error(
                        invalid, com.vaadin.flow.component.UI.getCurrent().getLocale()));
            } catch (DomainException refused) {
                feedback.error(Texts.error(
                        refused, com.vaadin.flow.component.UI.getCurrent().getLocale()));
            }
        });
        confirm.setId(confirmId);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(dialog.getTranslation("triage.dialog.cancel"), click -> dialog.close()), confirm);
    }
}
