package pl.cus.portal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Bucket> emails = new ConcurrentHashMap<>();
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();

    AccountMailThrottle(RegistrationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts one request for the (normalised) e-mail address from the client; gives how long to wait instead when
     * either allowance is used up. {@code what} names the request in the log.
     */
    synchronized Optional<Duration> acquire(String what, String email, String client) {
        Instant now = clock.instant();
        Duration wait = longer(waitFor(emails, email, properties.perEmail(), now),
                client == null ? Duration.ZERO : waitFor(clients, client, properties.perClient(), now));
        if (wait.isPositive()) {
            log.warn("{} refused: too many for address {} or from client {}; retry in {} s", what, masked(email), client,
                    wait.toSeconds() + 1);
            return Optional.of(wait);
        }
        fill(emails, email, properties.perEmail(), now);
        if (client != null) {
            fill(clients, client, properties.perClient(), now);
        }
        log.info("{} for address {} from client {}", what, masked(email), client);
        return Optional.empty();
    }

    private Duration waitFor(Map<String, Bucket> buckets, String key, int limit, Instant now) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        double level = bucket.levelAt(now, leakPerNano(limit));
        if (level <= limit - 1) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max((long) Math.ceil((level - (limit - 1)) / leakPerNano(limit)), 1_000_000));
    }

    private void fill(Map<String, Bucket> buckets, String key, int limit, Instant now) {
        if (buckets.size() >= properties.maxTracked()) {
            buckets.values().removeIf(bucket -> bucket.levelAt(now, leakPerNano(limit)) <= 0);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
        bucket.level = Math.min(bucket.levelAt(now, leakPerNano(limit)) + 1, limit);
        bucket.updated = now;
    }

    private double leakPerNano(int limit) {
        return limit / (double) properties.window().toNanos();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** {@code anna@example.org} as {@code a***@example.org}: the log is read by many. */
    static String masked(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    private static final class Bucket {
        double level;
        Instant updated;

        Bucket(Instant now) {
            this.updated = now;
        }

        double levelAt(Instant now, double leakPerNano) {
            long elapsed = Math.max(0, Duration.between(updated, now).toNanos());
            return Math.max(0, level - elapsed * leakPerNano);
        }
    }
}
