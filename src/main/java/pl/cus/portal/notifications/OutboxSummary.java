package pl.cus.portal.notifications;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The state of the mail outbox at a glance, for the administrator: what an SMTP outage looks like now that it no
 * longer takes the portal's health down.
 *
 * @param smtpConfigured  whether an SMTP server is set ({@code spring.mail.host}); without one mails are kept HELD
 * @param held            mails kept because no SMTP server is set
 * @param pending         mails waiting for their (next) attempt, or being sent now
 * @param failed          mails given up after the last attempt
 * @param sent            mails the SMTP server accepted
 * @param oldestUnsentAge how long the oldest mail not yet sent (held, pending) has waited; {@code null} if none waits
 * @param lastError       the error of the latest failed attempt of a mail not sent since; {@code null} if none
 * @param lastErrorAt     when that attempt was; {@code null} if unknown
 */
public record OutboxSummary(
        boolean smtpConfigured,
        long held,
        long pending,
        long failed,
        long sent,
        @Nullable Duration oldestUnsentAge,
        @Nullable String lastError,
        @Nullable Instant lastErrorAt) {}
