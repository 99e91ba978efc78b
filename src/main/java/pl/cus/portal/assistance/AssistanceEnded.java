package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The assistance ended with the reason; monitoring runs until the date. */
public record AssistanceEnded(
        UUID applicationId, UUID assistantId, LocalDate endedOn, String reason, LocalDate monitoringUntil)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
