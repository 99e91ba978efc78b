package pl.cus.portal.intake.web;

import static pl.cus.portal.intake.web.ApplicationRoutes.APPLICATION;
import static pl.cus.portal.shared.web.ApiRequests.withBody;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.QueryParams;
import pl.cus.portal.shared.web.RouteValues;
import reactor.core.publisher.Mono;

/**
 * The back office's applications: lists, one case, forwarding, refusal and the end of the needs assessment. The
 * assignment route belongs to triage. Staff only at the HTTP layer; the record-level policy is in the service.
 */
@Component
class BackOfficeRoutes implements ApiRoutes {

    static final String DEFAULT_PURPOSE = "application review";

    private final BackOfficeApplications backOffice;
    private final Accounts accounts;
    private final Clock clock;

    BackOfficeRoutes(BackOfficeApplications backOffice, Accounts accounts, Clock clock) {
        this.backOffice = backOffice;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/backoffice/applications", this::list)
                .GET("/backoffice/applications/{id}", this::open)
                .POST("/backoffice/applications/{id}/forwarding", this::forward)
                .POST("/backoffice/applications/{id}/refusal", this::refuse)
                .POST("/backoffice/applications/{id}/assessment-done", this::assessed)
                .build();
    }

    static final int MAX_LIMIT = 500;

    private Mono<ServerResponse> list(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> query(request, actor)
                        .flatMap(query -> backOffice
                                .list(actor, query)
                                .map(summary -> CaseJson.Summary.of(summary, clock.getZone()))
                                .collectList()))
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    /** {@code status} (repeatable or comma-separated; NEW = SUBMITTED), {@code assignee=me|none|<username>}, {@code kind}, {@code q}. */
    private Mono<CaseQuery> query(ServerRequest request, Actor actor) {
        var params = QueryParams.of(request);
        Set<ApplicationStatus> statuses = EnumSet.noneOf(ApplicationStatus.class);
        for (String part : params.list("status")) {
            ApplicationStatus status = params.parse(part, BackOfficeRoutes::status, BackOfficeRoutes::unknownStatus);
            if (status != null) {
                statuses.add(status);
            }
        }
        ApplicationKind kind = params.enumValue(
                "kind",
                ApplicationKind.class,
                value -> new FieldError(
                        "kind", "error.invalid-input", "Unknown kind " + value + "; use IPUS or ZA_ZYCIEM."));
        Integer limit = params.limit(
                "limit",
                MAX_LIMIT,
                new FieldError(
                        "limit",
                        "error.invalid-input",
                        "The limit must be a whole number from 1 to " + MAX_LIMIT + "."));
        params.check();
        return filters(params, actor, statuses, kind).map(query -> query.limitedTo(limit));
    }

    /** A status by name in any case; NEW is SUBMITTED. */
    private static ApplicationStatus status(String name) {
        String status = name.strip().toUpperCase(Locale.ROOT);
        return status.equals("NEW") ? ApplicationStatus.SUBMITTED : ApplicationStatus.valueOf(status);
    }

    private static FieldError unknownStatus(String name) {
        return new FieldError(
                "status",
                "error.invalid-input",
                "Unknown status " + name.strip() + "; use NEW, "
                        + String.join(
                                ", ",
                                EnumSet.allOf(ApplicationStatus.class).stream()
                                        .map(Enum::name)
                                        .toList())
                        + ".");
    }

    private Mono<CaseQuery> filters(
            QueryParams params, Actor actor, Set<ApplicationStatus> statuses, ApplicationKind kind) {
        String text = params.text("q").orElse(null);
        String district = params.text("district").orElse(null);
        String language = params.text("language").orElse(null);
        String assignee = params.stripped("assignee").orElse(null);
        ApplicationKind chosenKind = kind;
        if (assignee == null) {
            return Mono.just(new CaseQuery(statuses, null, null, chosenKind, district, language, text));
        }
        if (assignee.equalsIgnoreCase("none")) {
            return Mono.just(new CaseQuery(statuses, true, null, chosenKind, district, language, text));
        }
        Mono<UUID> assigneeId = assignee.equalsIgnoreCase("me")
                ? Mono.just(actor.id())
                : accounts.findByUsername(assignee)
                        .map(Account::id)
                        .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                                "assignee",
                                "error.invalid-input",
                                "There is no member of staff " + assignee + "; use me, none or a username.")));
        return assigneeId.map(id -> new CaseQuery(statuses, null, id, chosenKind, district, language, text));
    }

    private Mono<ServerResponse> open(ServerRequest request) {
        String purpose = request.queryParam("purpose").filter(p -> !p.isBlank()).orElse(DEFAULT_PURPOSE);
        return withId(request, APPLICATION, (actor, id) -> backOffice.open(actor, id, purpose))
                .flatMap(view -> ServerResponse.ok().bodyValue(CaseJson.of(view, clock.getZone())));
    }

    private Mono<ServerResponse> forward(ServerRequest request) {
        return withBody(
                        request,
                        APPLICATION,
                        CaseJson.ForwardingRequest.class,
                        () -> InvalidInput.of(
                                "to",
                                "intake.error.forward-to",
                                "Send {\"to\": \"...\", \"destination\": \"MUNICIPAL_OFFICE\", \"reason\": \"...\"}."),
                        (actor, id, body) -> backOffice.forward(
                                actor, id, new Forwarding(destination(body.destination()), body.to(), body.reason())))
                .flatMap(this::summary);
    }

    private static Forwarding.Destination destination(String value) {
        if (value == null || value.isBlank()) {
            return Forwarding.Destination.CENTRE_TEAM;
        }
        try {
            return RouteValues.named(Forwarding.Destination.class, value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(
                    "destination",
                    "intake.error.forward-destination",
                    "Unknown destination " + value + "; use CENTRE_TEAM, MUNICIPAL_OFFICE or OTHER_MUNICIPAL_UNIT.");
        }
    }

    private Mono<ServerResponse> refuse(ServerRequest request) {
        return withBody(
                        request,
                        APPLICATION,
                        CaseJson.RefusalRequest.class,
                        () -> InvalidInput.of(
                                "justification",
                                "intake.error.refusal-justification",
                                "Send {\"justification\": \"...\", \"appealInformation\": \"...\"}."),
                        (actor, id, body) ->
                                backOffice.refuse(actor, id, body.justification(), body.appealInformation()))
                .flatMap(this::summary);
    }

    private Mono<ServerResponse> assessed(ServerRequest request) {
        return withId(request, APPLICATION, backOffice::markAssessed).flatMap(this::summary);
    }

    private Mono<ServerResponse> summary(CaseSummary summary) {
        return ServerResponse.ok().bodyValue(CaseJson.Summary.of(summary, clock.getZone()));
    }
}
