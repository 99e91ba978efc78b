package pl.cus.portal.assistance.ui;

import java.time.LocalDate;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.publisher.Mono;

/**
 * What the sections of the family page share: the service, the way to call it, the page's feedback, who reads which
 * case on which day, and how to show the page again after a change.
 */
record AssistancePage(
        FamilyAssistance assistance,
        ServiceCalls calls,
        Feedback feedback,
        Actor actor,
        ApplicationId id,
        LocalDate today,
        Runnable reload) {

    /** Saves; on success the page is shown again with the confirmation, otherwise the refusal stays with the form. */
    void save(Mono<?> change, String doneText) {
        save(change, doneText, FieldErrors.none());
    }

    void save(Mono<?> change, String doneText, FieldErrors fields) {
        if (calls.succeeded(change, feedback, fields)) {
            reload.run();
            feedback.ok(doneText);
        }
    }
}
