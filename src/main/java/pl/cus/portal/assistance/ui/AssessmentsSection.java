package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;

/** The periodic assessments, newest first, and the form to record one while the work runs. */
class AssessmentsSection extends Section {

    AssessmentsSection(AssistancePage page, AssistanceCase c, boolean running) {
        setId("assistance-assessments");
        addClassName("assistance-section");
        add(new H2(getTranslation("assistance.assessments.title")));
        var list = new UnorderedList();
        c.assessments()
                .reversed()
                .forEach(a -> list.add(new ListItem(getTranslation(
                        "assistance.assessments.item",
                        Formats.of(getLocale()).date(a.on()),
                        a.text(),
                        a.conclusion()))));
        if (c.assessments().isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.assessments.none")));
        }
        add(list);
        if (running) {
            add(new Form(page));
        }
    }

    /** An assessment: its date, the situation and the conclusion. */
    static class Form extends Div {

        /** The assessment as typed. */
        public record Input(LocalDate on, String text, String conclusion) {}

        Form(AssistancePage page) {
            var on = Fields.date(
                    "assessment-date", getTranslation("assistance.assessments.date"), getLocale(), page.today());
            on.setMax(page.today());
            var text = Fields.area("assessment-text", getTranslation("assistance.assessments.text"));
            var conclusion = Fields.area("assessment-conclusion", getTranslation("assistance.assessments.conclusion"));
            var binder = new Binder<>(Input.class);
            binder.forField(on).bind("on");
            binder.forField(text).bind("text");
            binder.forField(conclusion).bind("conclusion");
            binder.readRecord(new Input(page.today(), "", ""));
            var fields = FieldErrors.none().with("on", on).with("text", text).with("conclusion", conclusion);
            add(
                    new H3(getTranslation("assistance.assessments.add")),
                    on,
                    text,
                    conclusion,
                    Fields.primary("assessment-save", getTranslation("assistance.assessments.save"), () -> {
                        Input input = Fields.written(binder);
                        page.save(
                                page.assistance()
                                        .recordAssessment(
                                                page.actor(),
                                                page.id(),
                                                new Assessment(null, input.on(), input.text(), input.conclusion())),
                                getTranslation("assistance.assessments.saved"),
                                fields);
                    }));
        }
    }
}
