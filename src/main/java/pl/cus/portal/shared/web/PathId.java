package pl.cus.portal.shared.web;

import java.util.UUID;
import java.util.function.Function;
import org.springframework.web.reactive.function.server.ServerRequest;
import pl.cus.portal.shared.DomainException;

/**
 * A path variable that names a record by its UUID, typed as the record's id ({@code ApplicationId}, {@code ServiceId},
 * a plain {@link UUID}). A malformed value names no record, so it is answered like a missing one: 404 with
 * {@code notFound}'s detail.
 *
 * @param variable the path variable, {@code id} in {@code /applications/{id}}
 * @param type the id type's constructor
 * @param notFound the problem detail for a malformed value
 */
public record PathId<I>(String variable, Function<UUID, I> type, Function<ServerRequest, String> notFound) {

    /** An id whose malformed value answers "No {@code noun} {@code value} found." */
    public static <I> PathId<I> of(String variable, Function<UUID, I> type, String noun) {
        return of(variable, type, value -> "No " + noun + " " + value + " found.");
    }

    /** An id whose malformed value answers {@code detail} of the value as sent. */
    public static <I> PathId<I> of(String variable, Function<UUID, I> type, Function<String, String> detail) {
        return new PathId<>(variable, type, request -> detail.apply(request.pathVariable(variable)));
    }

    /** A plain UUID whose malformed value answers {@code detail} of the value as sent. */
    public static PathId<UUID> uuid(String variable, Function<String, String> detail) {
        return of(variable, Function.identity(), detail);
    }

    /** The id in the request's path, or {@link DomainException.NotFound} when the value is not a UUID. */
    public I in(ServerRequest request) {
        UUID uuid;
        try {
            uuid = UUID.fromString(request.pathVariable(variable));
        } catch (IllegalArgumentException malformed) {
            throw new DomainException.NotFound(notFound.apply(request));
        }
        return type.apply(uuid);
    }
}
