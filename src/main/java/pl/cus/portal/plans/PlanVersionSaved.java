package pl.cus.portal.plans;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** A version of the plan was written (replaced or added). */
public record PlanVersionSaved(UUID applicationId, int version) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
