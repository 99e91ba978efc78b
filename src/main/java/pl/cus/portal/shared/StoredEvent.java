package pl.cus.portal.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * An event as recorded: {@code sequence} strictly increases in commit order. {@code payload} is JSON; a reader
 * turns it into the event's record with {@link EventTypes#decode}.
 */
public record StoredEvent(long sequence, Instant occurredAt, String type, UUID aggregateId, String payload) {

    /** Whether this is an event of that record type (by its type name, without reading the payload). */
    public boolean is(Class<? extends DomainEvent> eventType) {
        return type.equals(DomainEvent.typeName(eventType));
    }

    /** Whether this is an event of one of those record types. */
    public boolean isAnyOf(Collection<Class<? extends DomainEvent>> eventTypes) {
        for (Class<? extends DomainEvent> eventType : eventTypes) {
            if (is(eventType)) {
                return true;
            }
        }
        return false;
    }
}
