package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.shared.ui.Formats;

/** "Check your answers": every page's answers with a way back to change them, the plan's due date, what comes next. */
class CheckAnswers extends Div {

    /** @param change shows the page with the given index again */
    CheckAnswers(List<WizardStep> steps, ApplicationKind kind, LocalDate planDue, IntConsumer change) {
        addClassName("check-answers");
        add(new Paragraph(getTranslation("intake.check.lead")));
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            var section = new Section();
            section.addClassName("answers-section");
            String heading = getTranslation(step.headingKey());
            var list = new DescriptionList();
            for (WizardStep.Answer answer : step.answers()) {
                String shown = answer.answer() == null || answer.answer().isBlank()
                        ? getTranslation("intake.check.no-answer")
                        : answer.answer();
                list.add(new DescriptionList.Term(answer.question()), new DescriptionList.Description(shown));
            }
            int target = i;
            var button = new Button(getTranslation("intake.check.change"), click -> change.accept(target));
            button.setId("change-step-" + (i + 1));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.setAriaLabel(getTranslation("intake.check.change-section", heading));
            section.add(new H3(heading), list, button);
            add(section);
        }
        var due = new Paragraph(
                getTranslation("intake.check.due-date", Formats.of(getLocale()).date(planDue)));
        due.setId("due-date");
        due.addClassName("due-date");
        add(
                due,
                new Paragraph(getTranslation(
                        kind == ApplicationKind.ZA_ZYCIEM ? "intake.check.next-za-zyciem" : "intake.check.next-ipus")));
    }
}
