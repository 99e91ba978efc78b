package pl.cus.portal.shared.ui;

import java.util.Locale;
import java.util.stream.Collectors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.i18n.Messages;

/**
 * A refusal or failure in the viewer's language. A refusal's message key is looked up in the bundles; a key without a
 * text, a timeout or an unexpected failure gives a general sentence, never the service's English message.
 */
public final class Refusals {

    private Refusals() {}

    /** The words for {@code error}; {@code params} fill the refusal's message (e.g. a minimum length). */
    public static String text(Throwable error, Locale locale, Object... params) {
        Throwable cause = unwrap(error);
        if (cause instanceof InvalidInput invalid && !invalid.errors().isEmpty()) {
            return invalid.errors().stream()
                    .map(field -> known(field.messageKey(), locale, params))
                    .distinct()
                    .collect(Collectors.joining(" "));
        }
        if (cause instanceof DomainException.TooManyRequests tooMany) {
            long minutes = Math.max(1, (tooMany.retryAfterSeconds() + 59) / 60);
            return known(tooMany.messageKey(), locale, minutes);
        }
        if (cause instanceof DomainException domain) {
            return known(domain.messageKey(), locale, params);
        }
        if (isTimeout(cause)) {
            return Messages.get("error.timeout", locale);
        }
        return Messages.get("error.generic", locale);
    }

    /** The text of one field error's key, or the general sentence when the bundles lack it. */
    static String known(String key, Locale locale, Object... params) {
        String text = Messages.get(key, locale, params);
        return text.startsWith("!") ? Messages.get("error.generic", locale) : text;
    }

    /** The domain refusal inside {@code error} (Reactor wraps checked causes), or {@code error} itself. */
    public static Throwable unwrap(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < 8; depth++) {
            if (current instanceof DomainException) {
                return current;
            }
            current = current.getCause();
        }
        return error;
    }

    static boolean isTimeout(Throwable error) {
        return error instanceof java.util.concurrent.TimeoutException
                || (error instanceof IllegalStateException
                        && error.getMessage() != null
                        && error.getMessage().startsWith("Timeout on blocking read"));
    }
}
