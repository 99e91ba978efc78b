package pl.cus.portal.triage.web;

import static pl.cus.portal.shared.web.ApiRequests.withBody;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.net.URI;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.NeedsAssessments;
import pl.cus.portal.triage.Routing;
import reactor.core.publisher.Mono;

/**
 * Triage's part of the back-office API: assignment by username, the routing suggestion, needs-assessment records and
 * workloads. Lists, case details, forwarding and refusal are intake's routes. See docs/api.md.
 */
@Component
class TriageRoutes implements ApiRoutes {

    /** The application; a malformed id names no application and is answered like an unknown one. */
    private static final PathId<ApplicationId> APPLICATION = PathId.of("id", ApplicationId::new, "application");

    private final CaseAssignments assignments;
    private final Routing routing;
    private final NeedsAssessments assessments;

    TriageRoutes(CaseAssignments assignments, Routing routing, NeedsAssessments assessments) {
        this.assignments = assignments;
        this.routing = routing;
        this.assessments = assessments;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/backoffice/applications/{id}/assignment", this::assign)
                .GET("/backoffice/applications/{id}/suggestion", this::suggestion)
                .POST("/backoffice/applications/{id}/assessment", this::recordAssessment)
                .GET("/backoffice/applications/{id}/assessment", this::assessmentHistory)
                .GET("/backoffice/workloads", this::workloads)
                .build();
    }

    private Mono<ServerResponse> assign(ServerRequest request) {
        return withBody(
                        request,
                        APPLICATION,
                        TriageJson.AssignmentRequest.class,
                        () -> InvalidInput.of(
                                "assignee",
                                "triage.error.assignee-missing",
                                "Send {\"assignee\": \"username\", \"reason\": \"...\"}."),
                        (actor, id, body) -> assignments.assign(
                                actor, id, body.assignee(), body.reason(), Boolean.TRUE.equals(body.reassign())))
                .flatMap(summary -> ServerResponse.ok().bodyValue(TriageJson.AssignedJson.of(summary)));
    }

    private Mono<ServerResponse> suggestion(ServerRequest request) {
        Locale locale = ApiRequests.language(request);
        return withId(request, APPLICATION, routing::suggest)
                .flatMap(suggestion -> ServerResponse.ok().bodyValue(TriageJson.SuggestionJson.of(suggestion, locale)));
    }

    private Mono<ServerResponse> recordAssessment(ServerRequest request) {
        return withBody(
                        request,
                        APPLICATION,
                        TriageJson.AssessmentBody.class,
                        () -> InvalidInput.of(
                                "needs", "triage.error.assessment-needs", "Send the assessment as a JSON body."),
                        (actor, id, body) -> assessments.record(actor, id, body.form()))
                .flatMap(saved -> ServerResponse.created(URI.create(request.path()))
                        .bodyValue(TriageJson.AssessmentJson.of(saved)));
    }

    private Mono<ServerResponse> assessmentHistory(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> assessments
                                .history(actor, id)
                                .map(TriageJson.AssessmentJson::of)
                                .collectList())
                .flatMap(versions -> ServerResponse.ok().bodyValue(versions));
    }

    private Mono<ServerResponse> workloads(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> routing.workloads(actor)
                        .map(TriageJson.WorkloadJson::of)
                        .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }
}
