package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The centre stopped waiting for the resident; {@code pausedDays} is this pause's length in days. */
public record DeadlineResumed(UUID applicationId, UUID pauseId, LocalDate endedOn, long pausedDays)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
