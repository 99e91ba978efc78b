package pl.cus.portal.plans.web;

import static pl.cus.portal.plans.web.PlanRoutes.APPLICATION;
import static pl.cus.portal.shared.web.ApiRequests.body;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.net.URI;
import java.util.ArrayList;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import reactor.core.publisher.Mono;

/**
 * Meetings, monitoring, renewal and closure of a plan (docs/api.md, "Plans: meetings, monitoring and closure"). Who may
 * do what is decided in {@link PlanLifecycle}.
 */
@Component
class LifecycleRoutes implements ApiRoutes {

    private static final String BASE = "/backoffice/applications/{id}/plan";

    private static final PathId<UUID> MEETING = PathId.uuid("meeting", value -> "No meeting " + value + " found.");

    private final PlanLifecycle lifecycle;

    LifecycleRoutes(PlanLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST(BASE + "/meetings", this::recordMeeting)
                .GET(BASE + "/meetings", this::meetings)
                .GET(BASE + "/meetings/{meeting}", this::meeting)
                .POST(BASE + "/monitoring", this::note)
                .GET(BASE + "/monitoring", this::notes)
                .POST(BASE + "/renewal", this::renew)
                .POST(BASE + "/closure", this::close)
                .GET("/applications/{id}/plan/meetings", this::agreements)
                .build();
    }

    private Mono<ServerResponse> meetings(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> lifecycle
                                .meetings(actor, id)
                                .map(LifecycleJson.Meeting::of)
                                .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> notes(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> lifecycle
                                .notes(actor, id)
                                .map(LifecycleJson.Note::of)
                                .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> agreements(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> lifecycle
                                .agreements(actor, id)
                                .map(LifecycleJson.Agreements::of)
                                .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> recordMeeting(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> body(
                                        request,
                                        LifecycleJson.MeetingRequest.class,
                                        () -> InvalidInput.of(
                                                "participants",
                                                "plans.error.participants-empty",
                                                "Send the meeting record: heldOn, participants, agreements."))
                                .flatMap(body -> lifecycle.recordMeeting(actor, id, body.toRecord())))
                .flatMap(meeting -> ServerResponse.created(URI.create("/api/backoffice/applications/"
                                + request.pathVariable("id") + "/plan/meetings/" + meeting.id()))
                        .bodyValue(LifecycleJson.Meeting.of(meeting)));
    }

    private Mono<ServerResponse> meeting(ServerRequest request) {
        return withId(request, APPLICATION, (actor, id) -> lifecycle.meeting(actor, id, MEETING.in(request)))
                .flatMap(meeting -> ServerResponse.ok().bodyValue(LifecycleJson.Meeting.of(meeting)));
    }

    private Mono<ServerResponse> note(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> request.bodyToMono(LifecycleJson.NoteRequest.class)
                                .defaultIfEmpty(new LifecycleJson.NoteRequest(null, null))
                                .flatMap(body -> {
                                    var errors = new ArrayList<InvalidInput.FieldError>();
                                    var on = PlanJson.PlanRequest.date("notedOn", body.notedOn(), errors);
                                    return errors.isEmpty()
                                            ? lifecycle.note(actor, id, on, body.text())
                                            : Mono.error(new InvalidInput(errors));
                                }))
                .flatMap(note -> ServerResponse.status(201).bodyValue(LifecycleJson.Note.of(note)));
    }

    private Mono<ServerResponse> renew(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> request.bodyToMono(LifecycleJson.RenewalRequest.class)
                                .defaultIfEmpty(new LifecycleJson.RenewalRequest(null, null, null))
                                .flatMap(body -> lifecycle.renew(actor, id, body.toRenewal())))
                .flatMap(plan -> ServerResponse.ok().bodyValue(PlanJson.PlanBody.of(plan)));
    }

    private Mono<ServerResponse> close(ServerRequest request) {
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> request.bodyToMono(LifecycleJson.ClosureRequest.class)
                                .defaultIfEmpty(new LifecycleJson.ClosureRequest(null, null, null, null, null))
                                .flatMap(body -> lifecycle.close(actor, id, body.toRecord())))
                .flatMap(plan -> ServerResponse.ok().bodyValue(PlanJson.PlanBody.of(plan)));
    }
}
