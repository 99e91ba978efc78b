package pl.cus.portal.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One notification in a person's list. {@code detail} is a neutral code (e.g. the forwarding destination type). */
public record Notification(
        UUID id,
        Instant at,
        NotificationType type,
        boolean read,
        @Nullable UUID applicationId,
        @Nullable String reference,
        @Nullable String detail) {}
