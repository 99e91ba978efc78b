package pl.cus.portal.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Mono;

/** RFC 9457 problem details, as plain maps so that extension members sit at the top level. */
public final class Problems {

    private Problems() {}

    public static Map<String, Object> of(HttpStatusCode status, @Nullable String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status.value());
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    public static Map<String, Object> notFound(@Nullable String detail) {
        return of(HttpStatus.NOT_FOUND, detail);
    }

    public static Map<String, Object> invalid(InvalidInput invalid) {
        Map<String, Object> body = of(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        List<Map<String, String>> errors = invalid.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message()))
                .toList();
        body.put("errors", errors);
        return body;
    }

    public static Mono<ServerResponse> respond(Map<String, Object> problem, ServerRequest request) {
        // The raw path as received: parsing it again here could fail inside the error handler itself.
        problem.putIfAbsent("instance", request.requestPath().value());
        var response = ServerResponse.status(Objects.requireNonNull((Integer) problem.get("status")))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.get("retryAfterSeconds") instanceof Integer seconds) {
            response.header("Retry-After", Integer.toString(seconds));
        }
        return response.bodyValue(problem);
    }
}
