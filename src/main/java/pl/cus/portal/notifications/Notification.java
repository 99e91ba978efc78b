package pl.cus.portal.notifications;

import java.time.Instant;
import java.util.UUID;

/** One notification in a person's list. {@code detail} is a neutral code (e.g. the forwarding destination type). */
public record Notification(
        UUID id,
        Instant at,
        NotificationType type,
        boolean read,
        UUID applicationId,
        String reference,
        String detail) {}
