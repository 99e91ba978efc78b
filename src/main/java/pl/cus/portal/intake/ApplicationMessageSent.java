package pl.cus.portal.intake;

import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/**
 * A message was added to an application's thread, by the centre ({@code fromCentre}) or by the resident. Never the
 * text or the author: the log is read by many. Notifications receives it as this record.
 */
public record ApplicationMessageSent(UUID applicationId, UUID messageId, boolean fromCentre) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
