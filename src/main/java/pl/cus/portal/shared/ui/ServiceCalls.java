package pl.cus.portal.shared.ui;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one way a view calls a service: it waits at most {@code cus.ui.call-timeout}, and a refusal becomes words in
 * the viewer's language. Views never block on a {@link Mono} themselves.
 *
 * <ul>
 *   <li>{@link #get} and {@link #list} for what the page cannot do without: a refusal or failure goes to the
 *       session's error handler ({@link SessionErrorHandler}), which tells the person.
 *   <li>{@link #find} for a record that may be missing or not the viewer's (both look the same).
 *   <li>{@link #attempt} for a change the person asked for: a refusal is shown in the form's {@link Feedback}, field
 *       errors on their fields, and the answer is empty.
 * </ul>
 */
@Component
public class ServiceCalls {

    private final Duration timeout;

    public ServiceCalls(UiProperties properties) {
        this.timeout = properties.callTimeout();
    }

    /** The value, or {@code null} for an empty answer; refusals and failures are thrown to the error handler. */
    public <T> @Nullable T get(Mono<T> call) {
        return call.block(timeout);
    }

    /** Every element; refusals and failures are thrown to the error handler. */
    public <T> List<T> list(Flux<T> call) {
        List<T> all = call.collectList().block(timeout);
        return all == null ? List.of() : all;
    }

    /** The value, or empty when it does not exist or the viewer may not know that it does. */
    public <T> Optional<T> find(Mono<T> call) {
        try {
            return Optional.ofNullable(call.block(timeout));
        } catch (DomainException.NotFound | DomainException.Forbidden e) {
            return Optional.empty();
        }
    }

    /** Runs a change: its result, or empty after the refusal or failure was shown in {@code feedback}. */
    public <T> Optional<T> attempt(Mono<T> call, Feedback feedback) {
        return attempt(call, feedback, FieldErrors.none());
    }

    /**
     * Runs a change: its result, or empty after the refusal was shown, field errors on {@code fields}; {@code params}
     * fill the refusal's message. For a change that answers nothing, use {@link #succeeded}.
     */
    public <T> Optional<T> attempt(Mono<T> call, Feedback feedback, FieldErrors fields, Object... params) {
        fields.clear();
        try {
            return Optional.ofNullable(call.block(timeout));
        } catch (RuntimeException e) {
            refuse(e, feedback, fields, params);
            return Optional.empty();
        }
    }

    /** Runs a change that answers nothing: true when it went through, false after the refusal was shown. */
    public boolean succeeded(Mono<?> call, Feedback feedback) {
        return succeeded(call, feedback, FieldErrors.none());
    }

    /** As {@link #succeeded(Mono, Feedback)}, with field errors on {@code fields}. */
    public boolean succeeded(Mono<?> call, Feedback feedback, FieldErrors fields, Object... params) {
        fields.clear();
        try {
            call.block(timeout);
            return true;
        } catch (RuntimeException e) {
            refuse(e, feedback, fields, params);
            return false;
        }
    }

    private static void refuse(RuntimeException e, Feedback feedback, FieldErrors fields, Object... params) {
        Throwable cause = Refusals.unwrap(e);
        if (!(cause instanceof DomainException) && !Refusals.isTimeout(cause)) {
            SessionErrorHandler.log(cause);
        }
        feedback.refused(cause, fields, params);
    }
}
