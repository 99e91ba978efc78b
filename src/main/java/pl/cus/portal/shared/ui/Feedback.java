package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.html.Div;
import pl.cus.portal.shared.InvalidInput;

/**
 * Where a page or section says what just happened: polite for confirmations, assertive for refusals, so that screen
 * readers announce both without moving focus. One per page or section; the only hand-made live region views need.
 */
public class Feedback extends Div {

    public Feedback(String id) {
        setId(id);
        addClassName("feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    /** A confirmation in the viewer's language, already translated. */
    public void ok(String text) {
        removeClassName("feedback-error");
        getElement().setAttribute("aria-live", "polite");
        setText(text);
    }

    /** A refusal or problem, already translated. */
    public void error(String text) {
        addClassName("feedback-error");
        getElement().setAttribute("aria-live", "assertive");
        setText(text);
    }

    /** The words for {@code refusal} in the viewer's language. */
    public void refused(Throwable refusal) {
        refused(refusal, FieldErrors.none());
    }

    /** The words for {@code refusal}; its field errors on {@code fields}, the rest here. */
    void refused(Throwable refusal, FieldErrors fields, Object... params) {
        Throwable cause = Refusals.unwrap(refusal);
        if (cause instanceof InvalidInput invalid) {
            String rest = fields.mark(invalid, getLocale(), params);
            error(rest.isEmpty() ? Refusals.known("error.invalid-input", getLocale()) : rest);
        } else {
            error(Refusals.text(cause, getLocale(), params));
        }
    }

    public void clear() {
        removeClassName("feedback-error");
        setText("");
    }
}
