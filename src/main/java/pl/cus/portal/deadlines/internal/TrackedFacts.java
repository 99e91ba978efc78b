package pl.cus.portal.deadlines.internal;

import java.util.Optional;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventTypes;
import pl.cus.portal.shared.StoredEvent;

/**
 * The other modules' events that move a tracked deadline ({@link DeadlineTracking#APPLICATION_EVENTS}), received as
 * their records (decision 0024). An event without what the tracking needs (the application, the submission's
 * reference, kind and dates, the date a case closed or its plan was prepared) is skipped, as is one whose payload
 * does not read as its record.
 */
final class TrackedFacts {

    private TrackedFacts() {}

    /** The event's record when the tracking reads it and it is complete; otherwise empty. */
    static Optional<DomainEvent> of(StoredEvent event, EventTypes types) {
        if (!event.isAnyOf(DeadlineTracking.APPLICATION_EVENTS)) {
            return Optional.empty();
        }
        return types.decode(event).filter(TrackedFacts::complete);
    }

    static boolean complete(DomainEvent event) {
        return event.aggregateId() != null
                && switch (event) {
                    case ApplicationSubmitted submitted ->
                        submitted.reference() != null
                                && !submitted.reference().isBlank()
                                && submitted.kind() != null
                                && submitted.submittedOn() != null
                                && submitted.planDueDate() != null;
                    case ApplicationAssigned assigned -> true;
                    case ApplicationWithdrawn withdrawn -> withdrawn.withdrawnOn() != null;
                    case ApplicationForwarded forwarded -> forwarded.forwardedOn() != null;
                    case ApplicationNotQualified refused -> refused.decidedOn() != null;
                    case PlanPrepared plan -> plan.preparedOn() != null;
                    default -> false;
                };
    }
}
