package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The plan was agreed with the resident and approved (art. 40); deadlines receives it as this record. Appended once per application. */
public record PlanPrepared(UUID applicationId, LocalDate preparedOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
