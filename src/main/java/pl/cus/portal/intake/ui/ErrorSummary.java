package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * "There is a problem" at the top of a form page: each problem a link to its field. It takes the focus when shown, so
 * that screen readers read it first.
 */
class ErrorSummary extends Div {

    ErrorSummary() {
        setId("error-summary");
        addClassName("error-summary");
        getElement().setAttribute("tabindex", "-1");
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    void show(List<WizardStep.Problem> problems) {
        removeAll();
        var list = new UnorderedList();
        for (WizardStep.Problem problem : problems) {
            var link = new Button(problem.message(), click -> problem.focus().run());
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassName("error-link");
            list.add(new ListItem(link));
        }
        add(new H2(getTranslation("intake.errors.title")), list);
        getElement().setAttribute("role", "alert");
        setVisible(true);
        getElement().executeJs("this.focus()");
    }
}
