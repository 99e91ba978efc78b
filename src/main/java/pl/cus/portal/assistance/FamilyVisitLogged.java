package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** A visit or contact with the family was logged. No notes: the log is read by other modules. */
public record FamilyVisitLogged(
        UUID applicationId, UUID assistantId, UUID visitId, LocalDate visitedOn, String kind, int durationMinutes)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
