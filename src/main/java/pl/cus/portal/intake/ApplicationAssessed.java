package pl.cus.portal.intake;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The needs-assessment conversation was recorded. */
public record ApplicationAssessed(UUID applicationId, LocalDate assessedOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
