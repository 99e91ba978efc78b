package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Where a page says what just happened: polite for confirmations, assertive for refusals, so that screen readers
 * announce both without moving focus.
 */
class Feedback extends Div {

    Feedback(String id) {
        setId(id);
        addClassName("triage-feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void ok(String text) {
        removeClassName("triage-feedback-error");
        getElement().setAttribute("aria-live", "polite");
        setText(text);
    }

    void error(String text) {
        addClassName("triage-feedback-error");
        getElement().setAttribute("aria-live", "assertive");
        setText(text);
    }

    void clear() {
        setText("");
    }
}
