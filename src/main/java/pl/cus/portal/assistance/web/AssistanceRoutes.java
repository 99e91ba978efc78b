package pl.cus.portal.assistance.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.web.AssistanceJson.Parser;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/** Family assistance over HTTP (docs/api.md, "Family assistance"). Who may do what is decided in {@link FamilyAssistance}. */
@Component
class AssistanceRoutes implements ApiRoutes {

    private static final String BASE = "/backoffice/assistance/{id}";

    private final FamilyAssistance assistance;

    AssistanceRoutes(FamilyAssistance assistance) {
        this.assistance = assistance;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(BASE, request -> withId(request, assistance::get).flatMap(AssistanceRoutes::ok))
                .POST(
                        BASE + "/consent",
                        request -> body(
                                        request,
                                        AssistanceJson.ConsentRequest.class,
                                        (actor, id, b) -> assistance.recordConsent(actor, id, b.parse()))
                                .flatMap(c -> created(request, AssistanceJson.CaseBody.of(c))))
                .PUT(
                        BASE + "/card",
                        request -> body(
                                        request,
                                        AssistanceJson.CardBody.class,
                                        (actor, id, b) -> assistance.saveCard(actor, id, b.parse()))
                                .flatMap(AssistanceRoutes::ok))
                .PUT(
                        BASE + "/work-plan",
                        request -> body(
                                        request,
                                        AssistanceJson.WorkPlanBody.class,
                                        (actor, id, b) -> assistance.saveWorkPlan(actor, id, b.parse()))
                                .flatMap(AssistanceRoutes::ok))
                .GET(
                        BASE + "/visits",
                        request -> withId(request, assistance::get).flatMap(c -> json(c.visits())))
                .POST(
                        BASE + "/visits",
                        request -> body(
                                        request,
                                        AssistanceJson.VisitRequest.class,
                                        (actor, id, b) -> assistance.logVisit(actor, id, b.parse()))
                                .flatMap(v -> created(request, v)))
                .GET(
                        BASE + "/assessments",
                        request -> withId(request, assistance::get).flatMap(c -> json(c.assessments())))
                .POST(
                        BASE + "/assessments",
                        request -> body(
                                        request,
                                        AssistanceJson.AssessmentRequest.class,
                                        (actor, id, b) -> assistance.recordAssessment(actor, id, b.parse()))
                                .flatMap(a -> created(request, a)))
                .GET(BASE + "/reports", this::report)
                .POST(
                        BASE + "/reports",
                        request -> body(
                                        request,
                                        AssistanceJson.ReportRequest.class,
                                        (actor, id, b) ->
                                                assistance.submitReport(actor, id, b.parse(), locale(request)))
                                .flatMap(r -> created(request, AssistanceJson.ReportBody.of(r))))
                .POST(
                        BASE + "/end",
                        request -> body(
                                        request,
                                        AssistanceJson.EndRequest.class,
                                        (actor, id, b) -> assistance.end(actor, id, b.parse()))
                                .flatMap(AssistanceRoutes::ok))
                .POST(
                        BASE + "/monitoring",
                        request -> body(
                                        request,
                                        AssistanceJson.NoteRequest.class,
                                        (actor, id, b) -> assistance.addMonitoringNote(actor, id, b.parse()))
                                .flatMap(AssistanceRoutes::ok))
                .PUT(
                        BASE + "/support-catalogue",
                        request -> body(
                                        request,
                                        AssistanceJson.CatalogueRequest.class,
                                        (actor, id, b) -> assistance.saveSupportCatalogue(actor, id, b.parse()))
                                .flatMap(AssistanceRoutes::ok))
                .GET(
                        BASE + "/authorisations",
                        request -> withId(request, assistance::get).flatMap(c -> json(c.authorisations())))
                .POST(
                        BASE + "/authorisations",
                        request -> body(
                                        request,
                                        AssistanceJson.AuthorisationRequest.class,
                                        (actor, id, b) -> assistance.recordAuthorisation(actor, id, b.parse()))
                                .flatMap(a -> created(request, a)))
                .POST(BASE + "/authorisations/{authorisationId}/revocation", this::revoke)
                .GET(
                        BASE + "/time-limits",
                        request -> withId(
                                        request,
                                        (actor, id) -> assistance
                                                .timeLimits(actor, id)
                                                .map(AssistanceJson.TimeLimitBody::of)
                                                .collectList())
                                .flatMap(AssistanceRoutes::json))
                .GET(
                        "/applications/{id}/assistance",
                        request -> withId(request, assistance::forFamily)
                                .flatMap(view -> json(AssistanceJson.FamilyBody.of(view))))
                .build();
    }

    private Mono<ServerResponse> report(ServerRequest request) {
        return withId(request, (actor, id) -> {
                    var parser = new Parser();
                    var month =
                            parser.month("month", request.queryParam("month").orElse(null));
                    return Mono.fromCallable(() -> parser.done(month))
                            .flatMap(parsed -> assistance.report(actor, id, parsed, locale(request)));
                })
                .flatMap(report -> json(AssistanceJson.ReportBody.of(report)));
    }

    private Mono<ServerResponse> revoke(ServerRequest request) {
        return withId(request, (actor, id) -> {
                    UUID authorisation;
                    try {
                        authorisation = UUID.fromString(request.pathVariable("authorisationId"));
                    } catch (IllegalArgumentException e) {
                        return Mono.error(new DomainException.NotFound(
                                "No authorisation " + request.pathVariable("authorisationId") + "."));
                    }
                    return assistance.revokeAuthorisation(actor, id, authorisation);
                })
                .flatMap(AssistanceRoutes::json);
    }

    @FunctionalInterface
    interface Call<B, T> {
        Mono<T> apply(Actor actor, ApplicationId id, B body);
    }

    private static <B, T> Mono<T> body(ServerRequest request, Class<B> type, Call<B, T> call) {
        return withId(
                request,
                (actor, id) -> request.bodyToMono(type)
                        .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                                "body", "assistance.error.body", "Send a JSON body (see docs/api.md).")))
                        .flatMap(body -> Mono.defer(() -> call.apply(actor, id, body))));
    }

    private static Locale locale(ServerRequest request) {
        var languages = request.headers().acceptLanguage();
        return languages.isEmpty()
                ? Locale.forLanguageTag("pl")
                : Locale.forLanguageTag(languages.getFirst().getRange());
    }

    private static Mono<ServerResponse> ok(AssistanceCase assistanceCase) {
        return json(AssistanceJson.CaseBody.of(assistanceCase));
    }

    private static Mono<ServerResponse> json(Object body) {
        return ServerResponse.ok().bodyValue(body);
    }

    private static Mono<ServerResponse> created(ServerRequest request, Object body) {
        return ServerResponse.created(URI.create(request.path())).bodyValue(body);
    }

    private static <T> Mono<T> withId(ServerRequest request, BiFunction<Actor, ApplicationId, Mono<T>> call) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> parse(request.pathVariable("id"))
                        // A malformed id names no application: answered like an unknown one.
                        .map(id -> call.apply(actor, id))
                        .orElseGet(() -> Mono.error(new DomainException.NotFound(
                                "No application " + request.pathVariable("id") + " found."))));
    }

    private static Optional<ApplicationId> parse(String value) {
        try {
            return Optional.of(new ApplicationId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
