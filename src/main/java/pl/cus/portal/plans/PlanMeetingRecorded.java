package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** A multi-professional meeting was recorded for the case; its agreements are for every participant, the family included. */
public record PlanMeetingRecorded(UUID applicationId, UUID meetingId, LocalDate heldOn, LocalDate nextMeetingOn)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
