package pl.cus.portal.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/**
 * A resident submitted an application. No needs, situation or contact details: the event log is read by many.
 * Other modules receive it as this record (decision 0024): its components are therefore stable.
 */
public record ApplicationSubmitted(
        UUID applicationId,
        String reference,
        ApplicationKind kind,
        UUID residentId,
        LocalDate submittedOn,
        LocalDate planDueDate,
        String district,
        String language,
        List<UUID> serviceIds)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
