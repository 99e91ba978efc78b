package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The family gave the assistant a written authorisation to act on its behalf. */
public record AuthorisationRecorded(UUID applicationId, UUID assistantId, UUID authorisationId, LocalDate grantedOn)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
