package pl.cus.portal.plans;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The resident asked for changes to a version (the message stays with the plan, not in the log). */
public record PlanChangesRequested(UUID applicationId, int version) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
