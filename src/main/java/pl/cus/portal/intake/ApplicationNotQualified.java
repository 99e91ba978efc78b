package pl.cus.portal.intake;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The qualification conditions were not met; the plan deadline closes. Read by deadlines. */
public record ApplicationNotQualified(UUID applicationId, LocalDate decidedOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
