package pl.cus.portal.plans.web;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/** The plan in the back office and for the resident (docs/api.md, "Plans"). Who may do what is decided in {@link Plans}. */
@Component
class PlanRoutes implements ApiRoutes {

    private final Plans plans;

    PlanRoutes(Plans plans) {
        this.plans = plans;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .PUT("/backoffice/applications/{id}/plan", this::save)
                .GET("/backoffice/applications/{id}/plan", this::current)
                .GET("/backoffice/applications/{id}/plan/versions", this::versions)
                .POST("/backoffice/applications/{id}/plan/approval", request -> plan(request, plans::approve))
                .GET("/applications/{id}/plan", this::current)
                .GET("/applications/{id}/plan/versions", this::versions)
                .POST("/applications/{id}/plan/agreement", request -> plan(request, plans::agree))
                .POST("/applications/{id}/plan/change-request", this::requestChanges)
                .build();
    }

    private Mono<ServerResponse> save(ServerRequest request) {
        return withId(
                        request,
                        (actor, id) -> request.bodyToMono(PlanJson.PlanRequest.class)
                                .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                                        "items",
                                        "plans.error.items-empty",
                                        "Send {\"from\", \"to\", \"items\", \"goals\"}.")))
                                .flatMap(body -> plans.save(actor, id, body.toDraft())))
                .flatMap(this::ok);
    }

    private Mono<ServerResponse> current(ServerRequest request) {
        return plan(request, plans::current);
    }

    private Mono<ServerResponse> versions(ServerRequest request) {
        return withId(
                        request,
                        (actor, id) -> plans.versions(actor, id)
                                .map(PlanJson.Version::of)
                                .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> requestChanges(ServerRequest request) {
        return withId(
                        request,
                        (actor, id) -> request.bodyToMono(PlanJson.ChangeRequest.class)
                                .defaultIfEmpty(new PlanJson.ChangeRequest(null))
                                .flatMap(body -> plans.requestChanges(actor, id, body.message())))
                .flatMap(this::ok);
    }

    private Mono<ServerResponse> plan(ServerRequest request, BiFunction<Actor, ApplicationId, Mono<Plan>> call) {
        return withId(request, call).flatMap(this::ok);
    }

    private Mono<ServerResponse> ok(Plan plan) {
        return ServerResponse.ok().bodyValue(PlanJson.PlanBody.of(plan));
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
