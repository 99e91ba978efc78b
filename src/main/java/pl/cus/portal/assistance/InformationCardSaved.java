package pl.cus.portal.assistance;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The family's information card was written or changed. */
public record InformationCardSaved(UUID applicationId, UUID assistantId) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
