package pl.cus.portal.shared;

import java.util.UUID;

/** Something that happened in the domain; recorded in the event log in the same transaction as the change. */
public interface DomainEvent {

    /** The aggregate the event belongs to, or {@code null} for centre-wide events. */
    UUID aggregateId();

    /** A stable name for the event type; defaults to the record's simple name (e.g. {@code ApplicationSubmitted}). */
    default String type() {
        return getClass().getSimpleName();
    }
}
