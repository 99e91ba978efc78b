package pl.cus.portal.plans.web;

import static pl.cus.portal.shared.web.ApiRequests.body;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import reactor.core.publisher.Mono;

/** The plan in the back office and for the resident (docs/api.md, "Plans"). Who may do what is decided in {@link Plans}. */
@Component
class PlanRoutes implements ApiRoutes {

    /** The application whose plan it is; a malformed id is answered like an unknown application. */
    static final PathId<ApplicationId> APPLICATION = PathId.of("id", ApplicationId::new, "application");

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
                .POST("/backoffice/applications/{id}/plan/approval", this::approve)
                .GET("/applications/{id}/plan", this::current)
                .GET("/applications/{id}/plan/versions", this::versions)
                .POST("/applications/{id}/plan/agreement", this::agree)
                .POST("/applications/{id}/plan/change-request", this::requestChanges)
                .build();
    }

    private Mono<ServerResponse> save(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> body(
                                        request,
                                        PlanJson.PlanRequest.class,
                                        () -> InvalidInput.of(
                                                "items",
                                                "plans.error.items-empty",
                                                "Send {\"from\", \"to\", \"items\", \"goals\"}."))
                                .flatMap(body -> plans.save(actor, id, body.toDraft())))
                .flatMap(this::ok);
    }

    private Mono<ServerResponse> current(ServerRequest request) {
        return withId(request, APPLICATION, plans::current).flatMap(this::ok);
    }

    private Mono<ServerResponse> approve(ServerRequest request) {
        return withId(request, APPLICATION, plans::approve).flatMap(this::ok);
    }

    private Mono<ServerResponse> agree(ServerRequest request) {
        return withId(request, APPLICATION, plans::agree).flatMap(this::ok);
    }

    private Mono<ServerResponse> versions(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> plans.versions(actor, id)
                                .map(PlanJson.Version::of)
                                .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> requestChanges(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> request.bodyToMono(PlanJson.ChangeRequest.class)
                                .defaultIfEmpty(new PlanJson.ChangeRequest(null))
                                .flatMap(body -> plans.requestChanges(actor, id, body.message())))
                .flatMap(this::ok);
    }

    private Mono<ServerResponse> ok(Plan plan) {
        return ServerResponse.ok().bodyValue(PlanJson.PlanBody.of(plan));
    }
}
