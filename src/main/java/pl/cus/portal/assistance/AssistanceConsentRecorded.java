package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The family consented in writing to cooperate with the assistant; the work starts. */
public record AssistanceConsentRecorded(UUID applicationId, UUID assistantId, LocalDate consentOn, boolean courtOrdered)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
