package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The centre started waiting for the resident. The due date does not move; no note in the event (it may be personal). */
public record DeadlinePaused(UUID applicationId, UUID pauseId, PauseReason reason, LocalDate startedOn)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
