package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The current version of a plan in force ends within the reminder window; appended once per plan and end day. */
public record PlanEndingSoon(UUID applicationId, int version, LocalDate periodTo) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
