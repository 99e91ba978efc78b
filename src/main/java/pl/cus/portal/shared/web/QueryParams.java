package pl.cus.portal.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.server.ServerRequest;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

/**
 * A request's query parameters, read so that a client learns of every bad one at once: each reader records its field
 * error and returns {@code null}; {@link #check()} then refuses the request with all of them (400 with field errors).
 * A blank parameter counts as absent.
 */
public final class QueryParams {

    private final ServerRequest request;
    private final List<FieldError> errors = new ArrayList<>();

    private QueryParams(ServerRequest request) {
        this.request = request;
    }

    public static QueryParams of(ServerRequest request) {
        return new QueryParams(request);
    }

    /** The first value, as sent, unless blank. */
    public Optional<String> text(String name) {
        return request.queryParam(name).filter(value -> !value.isBlank());
    }

    /** The first value without surrounding white space, unless blank. */
    public Optional<String> stripped(String name) {
        return text(name).map(String::strip);
    }

    /** Every value of a repeatable parameter, comma-separated values split, blank parts left out; parts as sent. */
    public List<String> list(String name) {
        List<String> parts = new ArrayList<>();
        for (String value : request.queryParams().getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    /**
     * The first value (as sent) read by {@code parser}; {@code null} when absent. A parser that refuses the value
     * ({@link IllegalArgumentException}, {@link DateTimeParseException}) records {@code error} and gives {@code null}.
     */
    public <T> @Nullable T read(String name, Function<String, T> parser, FieldError error) {
        return read(name, parser, value -> error);
    }

    /** As {@link #read(String, Function, FieldError)}, with an error that names the refused value. */
    public <T> @Nullable T read(String name, Function<String, T> parser, Function<String, FieldError> error) {
        return text(name).map(value -> parse(value, parser, error)).orElse(null);
    }

    /** The first value read as an ISO date (strictly: 2027-02-30 is refused); {@code null} when absent. */
    public @Nullable LocalDate date(String name, FieldError error) {
        return read(name, value -> LocalDate.parse(value.strip()), error);
    }

    /** The first value as a constant of {@code type}, named in any case; {@code null} when absent. */
    public <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type, Function<String, FieldError> error) {
        return read(name, value -> RouteValues.named(type, value), error);
    }

    /** A page size: a whole number from 1 to {@code max}; {@code null} when absent. */
    public @Nullable Integer limit(String name, int max, FieldError error) {
        return read(
                name,
                value -> {
                    int limit = Integer.parseInt(value.strip());
                    if (limit < 1 || limit > max) {
                        throw new IllegalArgumentException("out of range");
                    }
                    return limit;
                },
                error);
    }

    /**
     * Parses a value that is not a whole query parameter (a part of a repeatable one, a header) with the same error
     * bookkeeping; {@code error} is given the refused value.
     */
    public <T> @Nullable T parse(String value, Function<String, T> parser, Function<String, FieldError> error) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException refused) {
            errors.add(error.apply(value));
            return null;
        }
    }

    /** Records a field error found by the caller. */
    public void reject(FieldError error) {
        errors.add(error);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Refuses the request with every field error recorded so far, if any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
