package pl.cus.portal.deadlines;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice for staff, e.g. that a plan deadline turned overdue. The text is the message key filled with the
 * application's reference: neutral, and nothing personal.
 */
public record StaffNotification(
        UUID id, String messageKey, String reference, UUID applicationId, Instant createdAt, boolean read) {}
