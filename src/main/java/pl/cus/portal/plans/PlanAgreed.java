package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The resident agreed to a version of the plan. */
public record PlanAgreed(UUID applicationId, int version, LocalDate agreedOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
