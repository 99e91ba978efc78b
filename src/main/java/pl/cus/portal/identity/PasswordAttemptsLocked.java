package pl.cus.portal.identity;

import java.time.Duration;

/**
 * A password check refused without looking at the password, because the account has had too many wrong passwords
 * lately (at sign-in or when changing the password: one allowance, decision 0022). The API answers {@code 429} with
 * {@code Retry-After}; the UI says when to try again.
 */
public final class PasswordAttemptsLocked extends RuntimeException {

    public static final String MESSAGE_KEY = "identity.password.error.locked";

    private final Duration retryAfter;

    public PasswordAttemptsLocked(Duration retryAfter) {
        super("Too many wrong passwords for this account. Try again in " + seconds(retryAfter) + " seconds.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    /** Whole minutes to wait, at least one, for a sentence in the UI. */
    public long retryAfterMinutes() {
        return Math.max(1, (seconds(retryAfter) + 59) / 60);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
