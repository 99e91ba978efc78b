package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** A note from the monitoring after the end. */
public record MonitoringNoteAdded(UUID applicationId, UUID assistantId, LocalDate on) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
