package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.shared.DomainEvent;

/**
 * A tracked plan deadline moved to another state, because of an event (submitted, plan prepared, withdrawn, ...)
 * or because of the passage of time (the midnight re-evaluation). Appended in the same transaction as the change.
 *
 * @param from the previous state; {@code null} when the deadline has just started being tracked
 * @param to   the new state
 */
public record DeadlineStateChanged(UUID applicationId, DeadlineState from, DeadlineState to, LocalDate dueDate)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
