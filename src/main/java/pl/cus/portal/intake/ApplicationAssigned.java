package pl.cus.portal.intake;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** Someone took or was given the application. Field names are read by other modules (deadlines). */
public record ApplicationAssigned(
        UUID applicationId, UUID coordinatorId, String team, UUID assignedBy, boolean reassigned)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
