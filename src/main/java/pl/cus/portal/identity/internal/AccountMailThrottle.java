package pl.cus.portal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Limits requests that send a mail about an account (registration, password reset) per e-mail address and per client
 * address ({@link RegistrationProperties}): leaky buckets in memory, per instance, in the style of
 * {@link LoginThrottle}. A request is counted only when it is let through, and only if both its buckets have room,
 * so a refused request does not lengthen the wait.
 */
@Component
class AccountMailThrottle {

    private static final Logger log = LoggerFactory.getLogger(AccountMailThrottle.class);

    private final RegistrationProperties properties;
    private final Clock clock;
    private final LeakyBuckets emails;
    private final LeakyBuckets clients;

    AccountMailThrottle(RegistrationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.emails = new LeakyBuckets(properties.perEmail(), properties.window(), properties.maxTracked());
        this.clients = new LeakyBuckets(properties.perClient(), properties.window(), properties.maxTracked());
    }

    /**
     * Counts one request for the (normalised) e-mail address from the client; gives how long to wait instead when
     * either allowance is used up. {@code what} names the request in the log.
     */
    synchronized Optional<Duration> acquire(String what, String email, @Nullable String client) {
        Instant now = clock.instant();
        Duration wait =
                longer(emails.waitFor(email, now), client == null ? Duration.ZERO : clients.waitFor(client, now));
        if (wait.isPositive()) {
            log.warn(
                    "{} refused: too many for address {} or from client {}; retry in {} s",
                    what,
                    masked(email),
                    client,
                    wait.toSeconds() + 1);
            return Optional.of(wait);
        }
        emails.fill(email, now);
        if (client != null) {
            clients.fill(client, now);
        }
        log.info("{} for address {} from client {}", what, masked(email), client);
        return Optional.empty();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@code anna@example.org} as {@code a***@example.org}: the log is read by many. */
    static String masked(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
