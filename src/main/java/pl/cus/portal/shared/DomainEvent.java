package pl.cus.portal.shared;

import java.util.UUID;

/**
 * Something that happened in the domain; recorded in the event log in the same transaction as the change. Each
 * module's published events are records in its root package, listed by its {@link PublishedEvents}; readers in
 * other modules receive them as records through {@link EventTypes} (decision 0024).
 */
public interface DomainEvent {

    /** The aggregate the event belongs to, or {@code null} for centre-wide events. */
    UUID aggregateId();

    /** The event's type name in the log: its record's simple name (e.g. {@code ApplicationSubmitted}). */
    default String type() {
        return typeName(getClass());
    }

    /** The type name the log stores for events of this class; see {@link #type()}. */
    static String typeName(Class<? extends DomainEvent> type) {
        return type.getSimpleName();
    }
}
