package pl.cus.portal.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditEntry;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/** {@code GET /api/backoffice/audit}: the audit trail for the organiser and the director, newest first. */
@Component
class AuditRoutes implements ApiRoutes {

    private final AuditTrail audit;

    AuditRoutes(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().GET("/backoffice/audit", this::browse).build();
    }

    /**
     * @param actor the actor's display name, for people; {@code actorUsername} for filters
     * @param applicationId the record's id (for applications, the application's id)
     * @param reference the record's human-readable number, when known
     * @param purpose the purpose of a read or the reason of a change
     */
    record Entry(
            long id,
            Instant at,
            String actor,
            String actorUsername,
            String role,
            AuditAction action,
            UUID applicationId,
            String reference,
            String purpose) {

        static Entry of(AuditEntry entry) {
            return new Entry(
                    entry.id(),
                    entry.at(),
                    entry.actorName(),
                    entry.actorUsername(),
                    entry.role().name(),
                    entry.action(),
                    entry.recordId(),
                    entry.recordLabel(),
                    entry.purpose());
        }
    }

    private Mono<ServerResponse> browse(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor ->
                        audit.browse(actor, query(request)).map(Entry::of).collectList())
                .flatMap(entries -> ServerResponse.ok().bodyValue(entries));
    }

    private static AuditQuery query(ServerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        UUID record = param(request, "applicationId")
                .map(value -> parse(errors, "applicationId", () -> UUID.fromString(value)))
                .orElse(null);
        AuditAction action = param(request, "action")
                .map(value -> parse(errors, "action", () -> AuditAction.valueOf(value.toUpperCase(Locale.ROOT))))
                .orElse(null);
        LocalDate from = param(request, "from")
                .map(value -> parse(errors, "from", () -> LocalDate.parse(value)))
                .orElse(null);
        LocalDate to = param(request, "to")
                .map(value -> parse(errors, "to", () -> LocalDate.parse(value)))
                .orElse(null);
        Integer limit = param(request, "limit")
                .map(value -> parse(errors, "limit", () -> Integer.valueOf(value)))
                .orElse(null);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new AuditQuery(
                record,
                param(request, "reference").orElse(null),
                param(request, "actor").orElse(null),
                action,
                from,
                to,
                limit);
    }

    private static Optional<String> param(ServerRequest request, String name) {
        return request.queryParam(name).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static <T> T parse(List<FieldError> errors, String field, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, "error.invalid-input", "Cannot read " + field + "."));
            return null;
        }
    }
}
