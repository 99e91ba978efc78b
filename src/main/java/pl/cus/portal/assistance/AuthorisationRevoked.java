package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** A written authorisation was revoked. */
public record AuthorisationRevoked(UUID applicationId, UUID assistantId, UUID authorisationId, LocalDate revokedOn)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
