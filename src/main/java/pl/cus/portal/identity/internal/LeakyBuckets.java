package pl.cus.portal.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Leaky buckets by key, the one counting mechanism of the sign-in and the account-mail throttles: each counted event
 * adds one to its key's bucket, which drains at {@code limit} per {@code window}; a bucket that cannot take one more
 * says how long to wait. At most {@code maxTracked} keys are kept before drained buckets are dropped.
 */
final class LeakyBuckets {

    private final int limit;
    private final double leakPerNano;
    private final int maxTracked;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LeakyBuckets(int limit, Duration window, int maxTracked) {
        this.limit = limit;
        this.leakPerNano = limit / (double) window.toNanos();
        this.maxTracked = maxTracked;
    }

    /** Zero when the key's bucket takes one more; otherwise until it has drained enough to (at least a millisecond). */
    Duration waitFor(String key, Instant now) {
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            return Duration.ZERO;
        }
        synchronized (bucket) {
            double level = bucket.levelAt(now);
            if (level <= limit - 1) {
                return Duration.ZERO;
            }
            long nanos = (long) Math.ceil((level - (limit - 1)) / leakPerNano);
            return Duration.ofNanos(Math.max(nanos, 1_000_000));
        }
    }

    void fill(String key, Instant now) {
        if (buckets.size() >= maxTracked) {
            buckets.values().removeIf(bucket -> bucket.drained(now));
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(now));
        synchronized (bucket) {
            bucket.level = Math.min(bucket.levelAt(now) + 1, limit);
            bucket.updated = now;
        }
    }

    boolean tracks(String key) {
        return buckets.containsKey(key);
    }

    void forget(String key) {
        buckets.remove(key);
    }

    private final class Bucket {
        double level;
        Instant updated;

        Bucket(Instant now) {
            this.updated = now;
        }

        double levelAt(Instant now) {
            long elapsed = Math.max(0, Duration.between(updated, now).toNanos());
            return Math.max(0, level - elapsed * leakPerNano);
        }

        synchronized boolean drained(Instant now) {
            return levelAt(now) <= 0;
        }
    }
}
