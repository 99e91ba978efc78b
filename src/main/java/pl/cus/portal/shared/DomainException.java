package pl.cus.portal.shared;

/**
 * A refusal the person can act upon. {@link #messageKey()} is a translation key for the UI; the API maps
 * the subclass to an HTTP status and uses {@link #getMessage()} (English) as the problem detail.
 */
public abstract sealed class DomainException extends RuntimeException
        permits DomainException.NotFound,
                DomainException.Forbidden,
                DomainException.Conflict,
                DomainException.TooManyRequests,
                InvalidInput {

    private final String messageKey;

    protected DomainException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Also used when the record exists but the actor may not know that it does. */
    public static final class NotFound extends DomainException {
        public NotFound(String message) {
            super("error.not-found", message);
        }
    }

    public static final class Forbidden extends DomainException {
        public Forbidden(String message) {
            super("error.forbidden", message);
        }
    }

    public static final class Conflict extends DomainException {
        public Conflict(String messageKey, String message) {
            super(messageKey, message);
        }
    }

    /** Too many requests of this kind from this person, address or client: try again after {@link #retryAfter()}. */
    public static final class TooManyRequests extends DomainException {
        private final java.time.Duration retryAfter;

        public TooManyRequests(String messageKey, String message, java.time.Duration retryAfter) {
            super(messageKey, message);
            this.retryAfter = retryAfter;
        }

        public java.time.Duration retryAfter() {
            return retryAfter;
        }

        /** Whole seconds, at least 1, for a {@code Retry-After} header. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
