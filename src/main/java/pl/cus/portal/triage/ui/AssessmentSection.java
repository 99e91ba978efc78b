package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.triage.AssessmentForm;
import pl.cus.portal.triage.AssessmentOutcome;
import pl.cus.portal.triage.NeedsAssessment;
import pl.cus.portal.triage.NeedsAssessments;

/** The needs-assessment record (art. 37): earlier versions and the form for a new one. */
class AssessmentSection extends Section {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TextArea needs = area("assessment-needs", "triage.assessment.needs", true);
    private final TextArea servicesUsed = area("assessment-services-used", "triage.assessment.services-used", false);
    private final RadioButtonGroup<Boolean> justified = yesNo("assessment-justified", "triage.assessment.justified");
    private final RadioButtonGroup<Boolean> possible = yesNo("assessment-possible", "triage.assessment.possible");
    private final TextArea justification = area("assessment-justification", "triage.assessment.justification", false);
    private final Checkbox feesExplained = new Checkbox();
    private final TextArea feesNote = area("assessment-fees-note", "triage.assessment.fees-note", false);
    private final RadioButtonGroup<AssessmentOutcome> outcome = new RadioButtonGroup<>();
    private final Feedback feedback = new Feedback("assessment-feedback");

    AssessmentSection(
            NeedsAssessments assessments,
            Actor actor,
            ApplicationId id,
            boolean editable,
            Consumer<NeedsAssessment> onSaved) {
        setId("assessment");
        addClassName("triage-assessment");
        getElement().setAttribute("aria-labelledby", "assessment-title");
        var title = new H2(getTranslation("triage.assessment.title"));
        title.setId("assessment-title");
        add(title);

        List<NeedsAssessment> versions =
                assessments.history(actor, id).collectList().block(WAIT);
        if (!versions.isEmpty()) {
            add(history(versions));
        }
        if (!editable) {
            return;
        }
        add(new Paragraph(getTranslation("triage.assessment.intro")));
        justification.setHelperText(getTranslation("triage.assessment.justification.help"));
        feesExplained.setId("assessment-fees-explained");
        feesExplained.setLabel(getTranslation("triage.assessment.fees-explained"));
        outcome.setId("assessment-outcome");
        outcome.setLabel(getTranslation("triage.assessment.outcome"));
        outcome.setRequired(true);
        outcome.setItems(AssessmentOutcome.values());
        outcome.setItemLabelGenerator(value -> getTranslation("triage.outcome." + value.name()));
        if (!versions.isEmpty()) {
            fill(versions.getFirst().form());
        }
        var save = new Button(getTranslation("triage.assessment.save"), click -> save(assessments, actor, id, onSaved));
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(needs, servicesUsed, justified, possible, justification, feesExplained, feesNote, outcome, save, feedback);
    }

    private void save(NeedsAssessments assessments, Actor actor, ApplicationId id, Consumer<NeedsAssessment> onSaved) {
        Map<String, HasValidation> fields = Map.of(
                "needs",
                needs,
                "servicesUsed",
                servicesUsed,
                "justified",
                justified,
                "possible",
                possible,
                "justification",
                justification,
                "feesNote",
                feesNote,
                "outcome",
                outcome);
        fields.values().forEach(field -> field.setInvalid(false));
        var form = new AssessmentForm(
                needs.getValue(),
                servicesUsed.getValue(),
                justified.getValue(),
                possible.getValue(),
                justification.getValue(),
                feesExplained.getValue(),
                feesNote.getValue(),
                outcome.getValue());
        try {
            NeedsAssessment saved = assessments.record(actor, id, form).block(WAIT);
            feedback.ok(getTranslation("triage.assessment.saved", saved.version()));
            onSaved.accept(saved);
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(error.messageKey()));
                    field.setInvalid(true);
                }
            });
            feedback.error(Texts.error(invalid, getLocale()));
        } catch (DomainException refused) {
            feedback.error(Texts.error(refused, getLocale()));
        }
    }

    private void fill(AssessmentForm form) {
        needs.setValue(form.needs());
        servicesUsed.setValue(form.servicesUsed() == null ? "" : form.servicesUsed());
        justified.setValue(form.justified());
        possible.setValue(form.possible());
        justification.setValue(form.justification() == null ? "" : form.justification());
        feesExplained.setValue(Boolean.TRUE.equals(form.feesExplained()));
        feesNote.setValue(form.feesNote() == null ? "" : form.feesNote());
        outcome.setValue(form.outcome());
    }

    private Section history(List<NeedsAssessment> versions) {
        var section = new Section(new H3(getTranslation("triage.assessment.history")));
        section.setId("assessment-history");
        var list = new UnorderedList();
        for (NeedsAssessment version : versions) {
            var form = version.form();
            var item = new ListItem();
            item.setId("assessment-version-" + version.version());
            item.add(new Paragraph(getTranslation(
                    "triage.assessment.version",
                    version.version(),
                    version.recordedByName(),
                    Texts.dateTime(version.recordedAt(), getLocale()))));
            item.add(new Paragraph(getTranslation(
                    "triage.assessment.summary",
                    getTranslation("triage.outcome." + form.outcome().name()),
                    yesNo(form.justified()),
                    yesNo(form.possible()),
                    yesNo(form.feesExplained()))));
            var text = new Paragraph(form.needs());
            text.addClassName("preserve-lines");
            item.add(text);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private String yesNo(Boolean value) {
        return getTranslation(Boolean.TRUE.equals(value) ? "triage.yes" : "triage.no");
    }

    private TextArea area(String id, String label, boolean required) {
        var area = new TextArea(getTranslation(label));
        area.setId(id);
        area.setRequired(required);
        area.setMaxLength(AssessmentForm.MAX_TEXT);
        area.setWidthFull();
        return area;
    }

    private RadioButtonGroup<Boolean> yesNo(String id, String label) {
        var group = new RadioButtonGroup<Boolean>();
        group.setId(id);
        group.setLabel(getTranslation(label));
        group.setRequired(true);
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(value -> getTranslation(value ? "triage.yes" : "triage.no"));
        return group;
    }
}
