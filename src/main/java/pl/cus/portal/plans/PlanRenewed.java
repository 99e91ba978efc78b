package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The plan was renewed for a further period: a new version that needs agreement and approval again. */
public record PlanRenewed(UUID applicationId, int version, LocalDate from, LocalDate to) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
