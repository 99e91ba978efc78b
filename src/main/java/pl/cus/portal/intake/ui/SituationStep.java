package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.intake.Situation;

/**
 * "Za życiem", page 1: the family's situation, worded gently, with the reassurance that asking needs no home visit
 * and nothing about income.
 */
class SituationStep extends Div implements WizardStep {

    private final FormModel model;
    private final RadioButtonGroup<Situation> situation = new RadioButtonGroup<>();

    SituationStep(FormModel model, Runnable changed) {
        this.model = model;
        addClassName("situation-step");
        var reassurance = new Div(
                new Paragraph(getTranslation("intake.zz.reassure.what")),
                new Paragraph(getTranslation("intake.zz.reassure.no-visit")),
                new Paragraph(getTranslation("intake.zz.reassure.no-proof")));
        reassurance.setId("reassurance");
        reassurance.addClassName("reassurance");
        situation.setId("situation");
        situation.setLabel(getTranslation("intake.situation.label"));
        situation.setHelperText(getTranslation("intake.situation.help"));
        situation.setItems(Situation.values());
        situation.setItemLabelGenerator(item -> getTranslation("intake.situation." + item.name()));
        situation.addClassName("situation-choices");
        situation.setValue(model.situation);
        situation.addValueChangeListener(change -> {
            model.situation = change.getValue();
            if (change.isFromClient()) {
                changed.run();
            }
        });
        add(reassurance, situation);
    }

    @Override
    public String headingKey() {
        return "intake.situation.title";
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public List<Problem> validate() {
        situation.setInvalid(false);
        return model.situation != null ? List.of() : List.of(mark(getTranslation("intake.situation.error")));
    }

    private Problem mark(String message) {
        situation.setErrorMessage(message);
        situation.setInvalid(true);
        return new Problem(message, () -> Focus.group(situation));
    }

    @Override
    public List<Answer> answers() {
        return List.of(new Answer(
                getTranslation("intake.situation.label"),
                model.situation == null ? "" : getTranslation("intake.situation." + model.situation.name())));
    }

    @Override
    public Optional<Problem> serverError(String field, String message) {
        return field.equals("situation") ? Optional.of(mark(message)) : Optional.empty();
    }
}
