package pl.cus.portal.triage.ui;

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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.function.Consumer;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.triage.AssessmentForm;
import pl.cus.portal.triage.AssessmentOutcome;
import pl.cus.portal.triage.NeedsAssessment;
import pl.cus.portal.triage.NeedsAssessments;

/**
 * The needs-assessment record (art. 37): earlier versions and the form for a new one, a {@link Binder} over {@link
 * AssessmentForm} that starts from the latest version.
 */
class AssessmentSection extends Section {

    private final TextArea needs = area("assessment-needs", "triage.assessment.needs", true);
    private final TextArea servicesUsed = area("assessment-services-used", "triage.assessment.services-used", false);
    private final RadioButtonGroup<Boolean> justified = yesNo("assessment-justified", "triage.assessment.justified");
    private final RadioButtonGroup<Boolean> possible = yesNo("assessment-possible", "triage.assessment.possible");
    private final TextArea justification = area("assessment-justification", "triage.assessment.justification", false);
    private final Checkbox feesExplained = new Checkbox();
    private final TextArea feesNote = area("assessment-fees-note", "triage.assessment.fees-note", false);
    private final RadioButtonGroup<AssessmentOutcome> outcome = new RadioButtonGroup<>();
    private final Feedback feedback = new Feedback("assessment-feedback");
    private final Binder<AssessmentForm> binder = new Binder<>(AssessmentForm.class);

    AssessmentSection(
            ServiceCalls calls,
            NeedsAssessments assessments,
            Actor actor,
            CaseView opened,
            boolean editable,
            Consumer<NeedsAssessment> onSaved) {
        ApplicationId id = opened.summary().id();
        setId("assessment");
        addClassName("triage-assessment");
        getElement().setAttribute("aria-labelledby", "assessment-title");
        var title = new H2(getTranslation("triage.assessment.title"));
        title.setId("assessment-title");
        add(title);

        List<NeedsAssessment> versions = calls.list(assessments.history(actor, opened));
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
        bind();
        if (!versions.isEmpty()) {
            binder.readRecord(versions.getFirst().form());
        }
        var save = new Button(
                getTranslation("triage.assessment.save"), click -> save(calls, assessments, actor, id, onSaved));
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(needs, servicesUsed, justified, possible, justification, feesExplained, feesNote, outcome, save, feedback);
    }

    private void bind() {
        binder.forField(needs).bind("needs");
        binder.forField(servicesUsed).bind("servicesUsed");
        binder.forField(justified).bind("justified");
        binder.forField(possible).bind("possible");
        binder.forField(justification).bind("justification");
        binder.forField(feesExplained).bind("feesExplained");
        binder.forField(feesNote).bind("feesNote");
        binder.forField(outcome).bind("outcome");
    }

    private void save(
            ServiceCalls calls,
            NeedsAssessments assessments,
            Actor actor,
            ApplicationId id,
            Consumer<NeedsAssessment> onSaved) {
        AssessmentForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            return;
        }
        var fields = FieldErrors.none()
                .with("needs", needs)
                .with("servicesUsed", servicesUsed)
                .with("justified", justified)
                .with("possible", possible)
                .with("justification", justification)
                .with("feesNote", feesNote)
                .with("outcome", outcome);
        calls.attempt(assessments.record(actor, id, form), feedback, fields).ifPresent(saved -> {
            feedback.ok(getTranslation("triage.assessment.saved", saved.version()));
            onSaved.accept(saved);
        });
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
                    Formats.of(getLocale()).dateTime(version.recordedAt()))));
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
