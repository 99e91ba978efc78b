package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The director approved a version of the plan. */
public record PlanApproved(UUID applicationId, int version, LocalDate approvedOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
