package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;

/**
 * One page of a guided form. Its fields write to the {@link FormModel} as they change; {@link #validate()} marks the
 * fields that need another look and returns them for the summary at the top of the page.
 */
interface WizardStep {

    /** The translation key of the page's heading (also the section heading on "check your answers"). */
    String headingKey();

    Component content();

    /** Clears earlier marks, marks what is missing or wrong next to the fields, and lists it. */
    List<Problem> validate();

    /** The answers as the resident will check them before sending. */
    List<Answer> answers();

    /**
     * Marks the field behind a name the application service refused ({@code InvalidInput}), if this step has it.
     *
     * @return the problem to list in the summary, or empty when the field is not on this step
     */
    Optional<Problem> serverError(String field, String message);

    /** Called each time the step is shown. */
    default void shown() {}

    /** Something to put right, and how to get the keyboard focus there. */
    record Problem(String message, Runnable focus) {}

    /** A question and the resident's answer, in plain text (shown escaped). */
    record Answer(String question, String answer) {}
}
