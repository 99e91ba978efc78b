package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanPage;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;

/** The plan's closure (art. 45): the summary once closed, else the form with the summary and the outcome. */
class ClosureSection extends Section {

    ClosureSection(PlanPageContext context, PlanLifecycle lifecycle, PlanPage page) {
        setId("plan-closure-section");
        add(new H2(getTranslation("plans.closure.title")));
        if (page.plan().closed()) {
            add(closed(page.plan().closure()));
        } else if (!page.may().write()) {
            add(new Paragraph(getTranslation("plans.closure.readonly")));
        } else if (!page.may().close()) {
            add(new Paragraph(getTranslation("plans.closure.not-yet")));
        } else {
            form(context, lifecycle);
        }
    }

    private void form(PlanPageContext context, PlanLifecycle lifecycle) {
        add(new Paragraph(getTranslation("plans.closure.intro")));
        var summaryOn = new DatePicker(getTranslation("plans.closure.summary-on"));
        summaryOn.setId("closure-summary-on");
        summaryOn.setMax(context.today());
        var notes = new TextArea(getTranslation("plans.closure.summary-notes"));
        notes.setId("closure-summary-notes");
        notes.setWidthFull();
        var course = new TextArea(getTranslation("plans.closure.course"));
        course.setId("closure-course");
        course.setHelperText(getTranslation("plans.closure.course-help"));
        course.setWidthFull();
        var outcome = new RadioButtonGroup<PlanOutcome>(getTranslation("plans.closure.outcome"));
        outcome.setId("closure-outcome");
        outcome.setItems(PlanOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("plans.outcome." + o.name()));
        var reason = new TextArea(getTranslation("plans.closure.reason"));
        reason.setId("closure-reason");
        reason.setHelperText(getTranslation("plans.closure.reason-help"));
        reason.setWidthFull();
        var binder = new Binder<>(ClosureRecord.class);
        binder.forField(summaryOn).bind("summaryOn");
        binder.forField(notes).bind("summaryNotes");
        binder.forField(course).bind("courseAndResults");
        binder.forField(outcome).bind("outcome");
        binder.forField(reason).bind("reason");
        binder.readRecord(new ClosureRecord(context.today(), "", "", null, ""));
        var close = new Button(getTranslation("plans.closure.save"), click -> {
            var fields = FieldErrors.none()
                    .with("summaryOn", summaryOn)
                    .with("summaryNotes", notes)
                    .with("courseAndResults", course)
                    .with("outcome", outcome)
                    .with("reason", reason);
            var closure = PlanForms.written(binder);
            if (context.calls()
                    .succeeded(lifecycle.close(context.actor(), context.id(), closure), context.feedback(), fields)) {
                context.done(getTranslation("plans.closure.saved"));
            }
        });
        close.setId("closure-save");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(summaryOn, notes, course, outcome, reason, close);
    }

    private Div closed(PlanClosure closure) {
        Formats formats = Formats.of(getLocale());
        var box = new Div();
        box.setId("plan-closure");
        box.add(new Paragraph(getTranslation(
                "plans.closure.closed",
                formats.date(closure.closedOn()),
                getTranslation("plans.outcome." + closure.outcome().name()),
                closure.closedBy())));
        if (closure.reason() != null) {
            box.add(new Paragraph(getTranslation("plans.closure.closed-reason", closure.reason())));
        }
        box.add(
                new H3(getTranslation("plans.closure.summary-heading", formats.date(closure.summaryOn()))),
                new Paragraph(closure.summaryNotes()),
                new H3(getTranslation("plans.closure.course")),
                new Paragraph(closure.courseAndResults()));
        return box;
    }
}
