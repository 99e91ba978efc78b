package pl.cus.portal.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code cus.notifications.*}); see docs/configuration.md and docs/notifications.md.
 *
 * @param baseUrl           the portal's public address, for the sign-in link in e-mails
 * @param senderName        the centre's name as the e-mail sender and signature
 * @param neutralSenderName used instead for residents who asked for a neutral sender
 * @param from              the sender address
 * @param mail              the outbox dispatcher
 */
@ConfigurationProperties("cus.notifications")
public record NotificationsProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Centrum Usług Społecznych") String senderName,
        @DefaultValue("Portal mieszkańca") String neutralSenderName,
        @DefaultValue("portal@cus.example.org") String from,
        @DefaultValue Mail mail) {

    /**
     * @param pollInterval   how often due mails are claimed
     * @param batchSize      how many mails one claim takes
     * @param lease          how long a claimed mail is left alone before another run may send it again
     * @param maxAttempts    attempts before a mail is FAILED
     * @param initialBackoff the wait after the first failure, doubled after each further one
     * @param maxBackoff     the longest wait between attempts
     * @param maxEventAge    events older than this (a replay) notify in the portal but send no e-mail
     */
    public record Mail(
            @DefaultValue("10s") Duration pollInterval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("5m") Duration lease,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("1m") Duration initialBackoff,
            @DefaultValue("6h") Duration maxBackoff,
            @DefaultValue("2d") Duration maxEventAge) {

        public Mail {
            if (maxAttempts < 1 || batchSize < 1) {
                throw new IllegalArgumentException(
                        "cus.notifications.mail.max-attempts and batch-size must be 1 or more");
            }
        }

        /** The wait after the given (1-based) failed attempt: initial × 2^(attempt−1), at most maxBackoff. */
        Duration backoff(int attempt) {
            Duration wait = initialBackoff;
            for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }
}
