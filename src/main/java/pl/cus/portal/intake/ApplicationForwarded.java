package pl.cus.portal.intake;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The application went to another team or unit; no plan will be prepared here. Read by deadlines. */
public record ApplicationForwarded(UUID applicationId, LocalDate forwardedOn, Forwarding.Destination destination)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
