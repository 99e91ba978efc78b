package pl.cus.portal.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox as the administrator sees it: the recipient partly masked; the text only while the mail is
 * HELD (no SMTP server configured), so that the administrator of a demonstration can pass a link on (null otherwise).
 */
public record OutboxEntry(
        UUID id,
        String maskedRecipient,
        String subject,
        String status,
        int attempts,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String lastError,
        @Nullable String heldBody) {}
