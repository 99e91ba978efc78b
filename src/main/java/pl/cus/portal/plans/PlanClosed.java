package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The plan was closed after its summary (art. 45); the application is closed with it. */
public record PlanClosed(UUID applicationId, LocalDate closedOn, String outcome) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
