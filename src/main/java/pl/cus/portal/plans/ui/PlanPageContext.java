package pl.cus.portal.plans.ui;

import java.time.LocalDate;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * What the sections of the back-office plan page share: how to call services, who looks at which case, the page's
 * one live region, and how to show the page again after a change.
 */
record PlanPageContext(
        ServiceCalls calls, Actor actor, ApplicationId id, Feedback feedback, Runnable refresh, LocalDate today) {

    /** After a change went through: the page shows the new state and says {@code text}. */
    void done(String text) {
        refresh.run();
        feedback.ok(text);
    }
}
