package pl.cus.portal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per account and per client address (leaky buckets, in memory, per instance) and
 * says whether a new attempt must wait. Failures are learnt from Spring Security's authentication events, so the form
 * and HTTP Basic count alike; {@link LoginThrottleFilter} refuses attempts while a bucket is full.
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long an attempt for this username from this address must wait; empty when it may go ahead. */
    public Optional<Duration> waitFor(String username, String address) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration account = username == null ? Duration.ZERO : waitFor(accounts.get(key(username)), properties.perAccount(), now);
        Duration client = address == null ? Duration.ZERO : waitFor(addresses.get(address), properties.perAddress(), now);
        Duration longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isPositive() ? Optional.of(longer) : Optional.empty();
    }

    public void failed(String username, String address) {
        if (!properties.enabled()) {
            return;
        }
        Instant now = clock.instant();
        if (username != null) {
            fill(accounts, key(username), properties.perAccount(), now);
        }
        if (address != null) {
            fill(addresses, address, properties.perAddress(), now);
        }
        if (waitFor(username, address).isPresent()) {
            log.warn("Sign-in locked after repeated failures: account '{}', address {}", username, address);
        }
    }

    public void succeeded(String username) {
        if (username != null) {
            accounts.remove(key(username));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            return;
        }
        String username = event.getAuthentication().getName();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        log.info("Failed sign-in for account '{}' from {}", username, address);
        failed(username, address);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private Duration waitFor(Bucket bucket, int limit, Instant now) {
        if (bucket == null) {
            return Duration.ZERO;
        }
        synchronized (bucket) {
            double level = bucket.levelAt(now, leakPerNano(limit));
            if (level <= limit - 1) {
                return Duration.ZERO;
            }
            // Until the bucket has leaked enough for one more failure to fit.
            long nanos = (long) Math.ceil((level - (limit - 1)) / leakPerNano(limit));
            return Duration.ofNanos(Math.max(nanos, 1_000_000));
        }
    }

    private void fill(Map<String, Bucket> buckets, String key, int limit, Instant now) {
        if (buckets.size() >= properties.maxTracked()) {
            buckets.entrySet().removeIf(entry -> entry.getValue().drained(now, leakPerNano(limit)));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
        synchronized (bucket) {
            bucket.level = Math.min(bucket.levelAt(now, leakPerNano(limit)) + 1, limit);
            bucket.updated = now;
        }
    }

    private double leakPerNano(int limit) {
        return limit / (double) properties.window().toNanos();
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
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

        synchronized boolean drained(Instant now, double leakPerNano) {
            return levelAt(now, leakPerNano) <= 0;
        }
    }
}
