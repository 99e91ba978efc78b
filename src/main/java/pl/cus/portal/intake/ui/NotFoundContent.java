package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one answer for an address that does not lead to the resident's own application or draft: the same words
 * whether it does not exist or belongs to someone else, so that nobody learns which.
 */
class NotFoundContent extends Div {

    NotFoundContent() {
        setId("not-found");
        addClassName("intake-not-found");
        add(
                new H1(getTranslation("intake.not-found.title")),
                new Paragraph(getTranslation("intake.not-found.text")),
                new Paragraph(new Anchor(IntakePaths.MATTERS, getTranslation("intake.not-found.to-matters"))));
    }
}
