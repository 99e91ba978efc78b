package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The coordinator wrote a monitoring note while the plan runs (the text stays with the plan, not in the log). */
public record PlanMonitoringNoted(UUID applicationId, LocalDate notedOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
