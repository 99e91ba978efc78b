package pl.cus.portal.intake;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The resident withdrew the application; its plan deadline is closed. */
public record ApplicationWithdrawn(UUID applicationId, LocalDate withdrawnOn) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
