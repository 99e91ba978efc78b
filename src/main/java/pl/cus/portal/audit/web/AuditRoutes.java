package pl.cus.portal.audit.web;

import java.time.Instant;
import java.time.LocalDate;
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
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.QueryParams;
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
        var params = QueryParams.of(request);
        UUID record =
                params.read("applicationId", value -> UUID.fromString(value.strip()), unreadable("applicationId"));
        AuditAction action = params.enumValue("action", AuditAction.class, value -> unreadable("action"));
        LocalDate from = params.date("from", unreadable("from"));
        LocalDate to = params.date("to", unreadable("to"));
        Integer limit = params.read("limit", value -> Integer.valueOf(value.strip()), unreadable("limit"));
        params.check();
        return new AuditQuery(
                record,
                params.stripped("reference").orElse(null),
                params.stripped("actor").orElse(null),
                action,
                from,
                to,
                limit);
    }

    private static FieldError unreadable(String field) {
        return new FieldError(field, "error.invalid-input", "Cannot read " + field + ".");
    }
}
