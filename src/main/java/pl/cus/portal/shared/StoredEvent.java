package pl.cus.portal.shared;

import java.time.Instant;
import java.util.UUID;

/** An event as recorded: {@code sequence} strictly increases in commit order. {@code payload} is JSON. */
public record StoredEvent(long sequence, Instant occurredAt, String type, UUID aggregateId, String payload) {}
