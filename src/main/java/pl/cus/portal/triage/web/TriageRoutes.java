package pl.cus.portal.triage.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.i18n.Languages;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.triage.AssessmentForm;
import pl.cus.portal.triage.AssessmentOutcome;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.NeedsAssessment;
import pl.cus.portal.triage.NeedsAssessments;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.Suggestion;
import pl.cus.portal.triage.Workload;
import reactor.core.publisher.Mono;

/**
 * Triage's part of the back-office API: assignment by username, the routing suggestion, needs-assessment records and
 * workloads. Lists, case details, forwarding and refusal are intake's routes. See docs/api.md.
 */
@Component
class TriageRoutes implements ApiRoutes {

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
        return withId(
                        request,
                        (actor, id) -> request.bodyToMono(AssignmentRequest.class)
                                .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                                        "assignee",
                                        "triage.error.assignee-missing",
                                        "Send {\"assignee\": \"username\", \"reason\": \"...\"}.")))
                                .flatMap(body -> assignments.assign(
                                        actor,
                                        id,
                                        body.assignee(),
                                        body.reason(),
                                        Boolean.TRUE.equals(body.reassign()))))
                .flatMap(summary -> ServerResponse.ok().bodyValue(AssignedJson.of(summary)));
    }

    private Mono<ServerResponse> suggestion(ServerRequest request) {
        Locale locale = locale(request);
        return withId(request, routing::suggest)
                .flatMap(suggestion -> ServerResponse.ok().bodyValue(SuggestionJson.of(suggestion, locale)));
    }

    private Mono<ServerResponse> recordAssessment(ServerRequest request) {
        return withId(
                        request,
                        (actor, id) -> request.bodyToMono(AssessmentBody.class)
                                .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                                        "needs",
                                        "triage.error.assessment-needs",
                                        "Send the assessment as a JSON body.")))
                                .flatMap(body -> assessments.record(actor, id, body.form())))
                .flatMap(saved ->
                        ServerResponse.created(URI.create(request.path())).bodyValue(AssessmentJson.of(saved)));
    }

    private Mono<ServerResponse> assessmentHistory(ServerRequest request) {
        return withId(
                        request,
                        (actor, id) -> assessments
                                .history(actor, id)
                                .map(AssessmentJson::of)
                                .collectList())
                .flatMap(versions -> ServerResponse.ok().bodyValue(versions));
    }

    private Mono<ServerResponse> workloads(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> routing.workloads(actor).map(WorkloadJson::of).collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private static Locale locale(ServerRequest request) {
        return request.headers().acceptLanguage().stream()
                .map(range -> Languages.byTag(range.getRange().split("-")[0].toLowerCase(Locale.ROOT)))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Languages.POLISH)
                .locale();
    }

    private <T> Mono<T> withId(ServerRequest request, Call<T> call) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> parseId(request.pathVariable("id"))
                        // A malformed id names no application, so it is answered like an unknown one.
                        .map(id -> call.apply(actor, id))
                        .orElseGet(() -> Mono.error(new DomainException.NotFound(
                                "No application " + request.pathVariable("id") + " found."))));
    }

    private static Optional<ApplicationId> parseId(String value) {
        try {
            return Optional.of(new ApplicationId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        Mono<T> apply(Actor actor, ApplicationId id);
    }

    record AssignmentRequest(String assignee, String reason, Boolean reassign) {}

    record AssignedJson(
            UUID id,
            String reference,
            ApplicationKind kind,
            ApplicationStatus status,
            Instant submittedAt,
            LocalDate planDueDate,
            DeadlineState deadlineState,
            String assignee,
            String assigneeName,
            String team) {

        static AssignedJson of(CaseSummary summary) {
            var assignee = summary.assignee();
            return new AssignedJson(
                    summary.id().value(),
                    summary.reference(),
                    summary.kind(),
                    summary.status(),
                    summary.submittedAt(),
                    summary.planDueDate(),
                    summary.deadlineState(),
                    assignee == null ? null : assignee.username(),
                    assignee == null ? null : assignee.displayName(),
                    assignee == null ? null : assignee.team());
        }
    }

    record SuggestionJson(
            String assignee,
            String assigneeName,
            String team,
            Integer activeCases,
            Integer limit,
            String districtFit,
            boolean speaksLanguage,
            String gap,
            String reason) {

        static SuggestionJson of(Suggestion suggestion, Locale locale) {
            Workload who = suggestion.assignee();
            return new SuggestionJson(
                    who == null ? null : who.profile().username(),
                    who == null ? null : who.profile().displayName(),
                    who == null ? null : who.profile().team(),
                    who == null ? null : who.activeCases(),
                    who == null ? null : who.limit(),
                    suggestion.districtFit() == null
                            ? null
                            : suggestion.districtFit().name(),
                    suggestion.speaksLanguage(),
                    suggestion.gap().name(),
                    suggestion.reason(locale));
        }
    }

    record AssessmentBody(
            String needs,
            String servicesUsed,
            Boolean justified,
            Boolean possible,
            String justification,
            Boolean feesExplained,
            String feesNote,
            String outcome) {

        AssessmentForm form() {
            AssessmentOutcome parsed = null;
            if (outcome != null && !outcome.isBlank()) {
                try {
                    parsed = AssessmentOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of(
                            "outcome",
                            "triage.error.assessment-outcome",
                            "The outcome is PLAN, FORWARD or NOT_QUALIFIED.");
                }
            }
            return new AssessmentForm(
                    needs, servicesUsed, justified, possible, justification, feesExplained, feesNote, parsed);
        }
    }

    record AssessmentJson(
            UUID id,
            UUID applicationId,
            int version,
            String needs,
            String servicesUsed,
            boolean justified,
            boolean possible,
            String justification,
            boolean feesExplained,
            String feesNote,
            AssessmentOutcome outcome,
            UUID recordedBy,
            String recordedByName,
            Instant recordedAt) {

        static AssessmentJson of(NeedsAssessment a) {
            var f = a.form();
            return new AssessmentJson(
                    a.id(),
                    a.applicationId().value(),
                    a.version(),
                    f.needs(),
                    f.servicesUsed(),
                    f.justified(),
                    f.possible(),
                    f.justification(),
                    f.feesExplained(),
                    f.feesNote(),
                    f.outcome(),
                    a.recordedBy(),
                    a.recordedByName(),
                    a.recordedAt());
        }
    }

    record WorkloadJson(
            String username, String displayName, Role role, String team, int activeCases, Integer limit, boolean full) {

        static WorkloadJson of(Workload workload) {
            var p = workload.profile();
            return new WorkloadJson(
                    p.username(),
                    p.displayName(),
                    p.role(),
                    p.team(),
                    workload.activeCases(),
                    workload.limit(),
                    workload.full());
        }
    }
}
