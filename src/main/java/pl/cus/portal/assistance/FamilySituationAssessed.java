package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The periodic assessment of the family's situation was recorded. */
public record FamilySituationAssessed(UUID applicationId, UUID assistantId, LocalDate assessedOn)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
