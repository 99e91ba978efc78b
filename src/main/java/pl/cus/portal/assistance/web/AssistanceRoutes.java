package pl.cus.portal.assistance.web;

import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.web.AssistanceJson.Parser;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRequests.BodyCall;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import reactor.core.publisher.Mono;

/** Family assistance over HTTP (docs/api.md, "Family assistance"). Who may do what is decided in {@link FamilyAssistance}. */
@Component
class AssistanceRoutes implements ApiRoutes {

    private static final String BASE = "/backoffice/assistance/{id}";

    /** The family's application; a malformed id is answered like an unknown application. */
    private static final PathId<ApplicationId> APPLICATION = PathId.of("id", ApplicationId::new, "application");

    private static final PathId<UUID> AUTHORISATION =
            PathId.uuid("authorisationId", value -> "No authorisation " + value + ".");

    private static final Supplier<InvalidInput> NO_BODY =
            () -> InvalidInput.of("body", "assistance.error.body", "Send a JSON body (see docs/api.md).");

    private final FamilyAssistance assistance;

    AssistanceRoutes(FamilyAssistance assistance) {
        this.assistance = assistance;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(BASE, this::get)
                .POST(BASE + "/consent", this::recordConsent)
                .PUT(BASE + "/card", this::saveCard)
                .PUT(BASE + "/work-plan", this::saveWorkPlan)
                .GET(BASE + "/visits", this::visits)
                .POST(BASE + "/visits", this::logVisit)
                .GET(BASE + "/assessments", this::assessments)
                .POST(BASE + "/assessments", this::recordAssessment)
                .GET(BASE + "/reports", this::report)
                .POST(BASE + "/reports", this::submitReport)
                .POST(BASE + "/end", this::end)
                .POST(BASE + "/monitoring", this::addMonitoringNote)
                .PUT(BASE + "/support-catalogue", this::saveSupportCatalogue)
                .GET(BASE + "/authorisations", this::authorisations)
                .POST(BASE + "/authorisations", this::recordAuthorisation)
                .POST(BASE + "/authorisations/{authorisationId}/revocation", this::revoke)
                .GET(BASE + "/time-limits", this::timeLimits)
                .GET("/applications/{id}/assistance", this::forFamily)
                .build();
    }

    private Mono<ServerResponse> get(ServerRequest request) {
        return withId(request, APPLICATION, assistance::get).flatMap(AssistanceRoutes::ok);
    }

    private Mono<ServerResponse> recordConsent(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.ConsentRequest.class,
                        (actor, id, body) -> assistance.recordConsent(actor, id, body.parse()))
                .flatMap(saved -> created(request, AssistanceResponses.CaseBody.of(saved)));
    }

    private Mono<ServerResponse> saveCard(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.CardBody.class,
                        (actor, id, body) -> assistance.saveCard(actor, id, body.parse()))
                .flatMap(AssistanceRoutes::ok);
    }

    private Mono<ServerResponse> saveWorkPlan(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.WorkPlanBody.class,
                        (actor, id, body) -> assistance.saveWorkPlan(actor, id, body.parse()))
                .flatMap(AssistanceRoutes::ok);
    }

    private Mono<ServerResponse> visits(ServerRequest request) {
        return withId(request, APPLICATION, assistance::get).flatMap(c -> json(c.visits()));
    }

    private Mono<ServerResponse> logVisit(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.VisitRequest.class,
                        (actor, id, body) -> assistance.logVisit(actor, id, body.parse()))
                .flatMap(visit -> created(request, visit));
    }

    private Mono<ServerResponse> assessments(ServerRequest request) {
        return withId(request, APPLICATION, assistance::get).flatMap(c -> json(c.assessments()));
    }

    private Mono<ServerResponse> recordAssessment(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.AssessmentRequest.class,
                        (actor, id, body) -> assistance.recordAssessment(actor, id, body.parse()))
                .flatMap(assessment -> created(request, assessment));
    }

    private Mono<ServerResponse> report(ServerRequest request) {
        return withId(request, APPLICATION, (actor, id) -> {
                    var parser = new Parser();
                    var month =
                            parser.month("month", request.queryParam("month").orElse(null));
                    return Mono.fromCallable(() -> parser.done(month))
                            .flatMap(parsed -> assistance.report(actor, id, parsed, locale(request)));
                })
                .flatMap(report -> json(AssistanceResponses.ReportBody.of(report)));
    }

    private Mono<ServerResponse> submitReport(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.ReportRequest.class,
                        (actor, id, body) -> assistance.submitReport(actor, id, body.parse(), locale(request)))
                .flatMap(report -> created(request, AssistanceResponses.ReportBody.of(report)));
    }

    private Mono<ServerResponse> end(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.EndRequest.class,
                        (actor, id, body) -> assistance.end(actor, id, body.parse()))
                .flatMap(AssistanceRoutes::ok);
    }

    private Mono<ServerResponse> addMonitoringNote(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.NoteRequest.class,
                        (actor, id, body) -> assistance.addMonitoringNote(actor, id, body.parse()))
                .flatMap(AssistanceRoutes::ok);
    }

    private Mono<ServerResponse> saveSupportCatalogue(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.CatalogueRequest.class,
                        (actor, id, body) -> assistance.saveSupportCatalogue(actor, id, body.parse()))
                .flatMap(AssistanceRoutes::ok);
    }

    private Mono<ServerResponse> authorisations(ServerRequest request) {
        return withId(request, APPLICATION, assistance::get).flatMap(c -> json(c.authorisations()));
    }

    private Mono<ServerResponse> recordAuthorisation(ServerRequest request) {
        return withBody(
                        request,
                        AssistanceJson.AuthorisationRequest.class,
                        (actor, id, body) -> assistance.recordAuthorisation(actor, id, body.parse()))
                .flatMap(authorisation -> created(request, authorisation));
    }

    private Mono<ServerResponse> revoke(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> assistance.revokeAuthorisation(actor, id, AUTHORISATION.in(request)))
                .flatMap(AssistanceRoutes::json);
    }

    private Mono<ServerResponse> timeLimits(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> assistance
                                .timeLimits(actor, id)
                                .map(AssistanceResponses.TimeLimitBody::of)
                                .collectList())
                .flatMap(AssistanceRoutes::json);
    }

    private Mono<ServerResponse> forFamily(ServerRequest request) {
        return withId(request, APPLICATION, assistance::forFamily)
                .flatMap(view -> json(AssistanceResponses.FamilyBody.of(view)));
    }

    private static <B, T> Mono<T> withBody(ServerRequest request, Class<B> type, BodyCall<ApplicationId, B, T> call) {
        return ApiRequests.withBody(request, APPLICATION, type, NO_BODY, call);
    }

    /** The first language of {@code Accept-Language} as sent (monthly reports are written in it); Polish without one. */
    private static Locale locale(ServerRequest request) {
        var languages = request.headers().acceptLanguage();
        return languages.isEmpty()
                ? Locale.forLanguageTag("pl")
                : Locale.forLanguageTag(languages.getFirst().getRange());
    }

    private static Mono<ServerResponse> ok(AssistanceCase assistanceCase) {
        return json(AssistanceResponses.CaseBody.of(assistanceCase));
    }

    private static Mono<ServerResponse> json(Object body) {
        return ServerResponse.ok().bodyValue(body);
    }

    private static Mono<ServerResponse> created(ServerRequest request, Object body) {
        return ServerResponse.created(URI.create(request.path())).bodyValue(body);
    }
}
