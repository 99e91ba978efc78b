package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.intake.ApplicationKind;

/** Both forms: what data the centre keeps, why, and for how long, in plain words; then the consent itself. */
class ConsentStep extends Div implements WizardStep {

    private final FormModel model;
    private final Checkbox consent = new Checkbox();

    ConsentStep(FormModel model, Runnable changed) {
        this.model = model;
        addClassName("consent-step");
        String prefix = model.kind == ApplicationKind.ZA_ZYCIEM ? "intake.consent.za-zyciem." : "intake.consent.ipus.";
        var data = new UnorderedList(
                new ListItem(getTranslation(prefix + "data")),
                new ListItem(getTranslation("intake.consent.data-contact")),
                new ListItem(getTranslation("intake.consent.data-account")));
        data.setId("consent-data");
        add(
                new Paragraph(getTranslation("intake.consent.what")),
                data,
                new Paragraph(getTranslation(prefix + "why")),
                new Paragraph(getTranslation("intake.consent.who")),
                new Paragraph(getTranslation("intake.consent.rights")));
        consent.setId("consent");
        consent.setLabel(getTranslation("intake.consent.label"));
        consent.setValue(model.consent);
        consent.addValueChangeListener(change -> {
            model.consent = change.getValue();
            if (change.isFromClient()) {
                changed.run();
            }
        });
        add(consent);
    }

    @Override
    public String headingKey() {
        return "intake.consent.title";
    }

    @Override
    public Component content() {
        return this;
    }

    @Override
    public List<Problem> validate() {
        consent.setInvalid(false);
        return model.consent ? List.of() : List.of(mark(getTranslation("intake.consent.error")));
    }

    private Problem mark(String message) {
        consent.setErrorMessage(message);
        consent.setInvalid(true);
        return new Problem(message, consent::focus);
    }

    @Override
    public List<Answer> answers() {
        return List.of(new Answer(
                getTranslation("intake.consent.label"),
                getTranslation(model.consent ? "intake.check.yes" : "intake.check.no")));
    }

    @Override
    public Optional<Problem> serverError(String field, String message) {
        return field.equals("consent") ? Optional.of(mark(message)) : Optional.empty();
    }
}
