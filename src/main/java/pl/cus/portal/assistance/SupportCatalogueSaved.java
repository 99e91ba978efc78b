package pl.cus.portal.assistance;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The "Za życiem" individual catalogue of possible support was written or changed. */
public record SupportCatalogueSaved(UUID applicationId, UUID assistantId, int items) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
