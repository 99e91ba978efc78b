package pl.cus.portal.shared.web;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Mono;

/** Every failure on /api becomes a problem detail with the right status; internals never reach the client. */
class ApiErrorHandling implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandling.class);

    @Override
    public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
        return Mono.defer(() -> next.handle(request))
                .onErrorResume(error -> Problems.respond(problemFor(error, request), request));
    }

    static Map<String, Object> problemFor(Throwable error, ServerRequest request) {
        return switch (error) {
            case InvalidInput invalid -> Problems.invalid(invalid);
            case DomainException.NotFound notFound -> Problems.of(HttpStatus.NOT_FOUND, notFound.getMessage());
            case DomainException.Forbidden forbidden -> Problems.of(HttpStatus.FORBIDDEN, forbidden.getMessage());
            case DomainException.Conflict conflict -> Problems.of(HttpStatus.CONFLICT, conflict.getMessage());
            case DomainException.TooManyRequests tooMany -> {
                Map<String, Object> problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, tooMany.getMessage());
                problem.put("retryAfterSeconds", (int) Math.min(Integer.MAX_VALUE, tooMany.retryAfterSeconds()));
                yield problem;
            }
            case UnsupportedMediaTypeStatusException unsupported ->
                Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
            // A Content-Type that is not a media type at all, or names a charset that does not exist.
            case InvalidMediaTypeException invalid ->
                Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header is not a valid media type.");
            case IllegalCharsetNameException charset ->
                Problems.of(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header names an unknown character set.");
            case UnsupportedCharsetException charset ->
                Problems.of(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header names an unknown character set.");
            case ServerWebInputException input
            when hasCause(input, DataBufferLimitException.class) ->
                Problems.of(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
            case ServerWebInputException input
            when hasCause(input, DecodingException.class) ->
                Problems.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
            case ServerWebInputException input -> Problems.of(HttpStatus.BAD_REQUEST, "The request is malformed.");
            case DataBufferLimitException tooLarge ->
                Problems.of(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large.");
            case DecodingException decoding ->
                Problems.of(HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
            // The database is down or restarting: say so, the client retries (with its Idempotency-Key).
            case Throwable unavailable
            when databaseUnavailable(unavailable) -> {
                log.warn("Database unavailable on {} {}: {}", request.method(), request.path(), unavailable.toString());
                Map<String, Object> problem = Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "The service is briefly unavailable; please try again in a moment.");
                problem.put("retryAfterSeconds", 5);
                yield problem;
            }
            // A value the database refuses as data (class 22: a NUL or invalid character, a number out of range):
            // the request's fault, not the service's.
            case Throwable data
            when dataException(data) ->
                Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "The request contains a value that cannot be stored or searched for (for example a NUL character).");
            case ResponseStatusException status ->
                Problems.of(
                        status.getStatusCode(),
                        status.getReason() == null ? "The request cannot be served." : status.getReason());
            default -> {
                String id = UUID.randomUUID().toString();
                log.error("Unexpected failure on {} {} (error id {})", request.method(), request.path(), id, error);
                yield Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; please try again later. Error id: " + id);
            }
        };
    }

    static boolean databaseUnavailable(Throwable error) {
        return hasCause(error, DataAccessResourceFailureException.class)
                || hasCause(error, R2dbcTransientResourceException.class)
                || hasCause(error, R2dbcNonTransientResourceException.class)
                || hasCause(error, java.net.ConnectException.class);
    }

    static boolean dataException(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.r2dbc.spi.R2dbcException r2dbc
                    && r2dbc.getSqlState() != null
                    && r2dbc.getSqlState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
