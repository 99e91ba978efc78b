package pl.cus.portal.assistance;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The work plan with the family was written or changed. */
public record WorkPlanSaved(UUID applicationId, UUID assistantId, int goals) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
