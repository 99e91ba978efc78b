package pl.cus.portal.deadlines.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.deadlines.internal.DeadlineLiveProperties;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.StoredEvent;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/backoffice/events}: a server-sent event per change of an application or of its deadline, for
 * staff who work with cases (not the administrator: {@code 403}). {@code id:} is the event log sequence, so a client reconnecting with {@code Last-Event-ID} first gets every
 * event it missed; a heartbeat comment keeps idle connections open. See docs/deadlines.md.
 */
@Component
class BackofficeEventRoutes implements ApiRoutes {

    private static final Logger log = LoggerFactory.getLogger(BackofficeEventRoutes.class);
    static final String HEARTBEAT = "heartbeat";

    private final EventStream stream;
    private final DeadlineTracking tracking;
    private final Duration heartbeat;

    BackofficeEventRoutes(EventStream stream, DeadlineTracking tracking, DeadlineLiveProperties properties) {
        this.stream = stream;
        this.tracking = tracking;
        this.heartbeat = properties.heartbeat();
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().GET("/backoffice/events", this::events).build();
    }

    private Mono<ServerResponse> events(ServerRequest request) {
        return ApiRequests.requireActor(request).flatMap(actor -> {
            requireStaff(actor);
            long from = lastEventId(request).orElseGet(stream::lastSequence);
            Flux<ServerSentEvent<Object>> changes = stream.since(from)
                    .filter(DeadlineTracking::concerns)
                    .concatMap(event -> tracking.stateFor(event)
                            // A state that cannot be read now must not end the stream: the event still goes out.
                            .onErrorResume(error -> {
                                log.warn(
                                        "Deadline state for event #{} not available: {}",
                                        event.sequence(),
                                        error.toString());
                                return Mono.just(Optional.empty());
                            })
                            .map(state -> toServerSentEvent(event, state)))
                    .doOnError(error -> log.warn(
                            "Event stream for {} ended with an error; the client reconnects with Last-Event-ID",
                            actor.username(),
                            error));
            return ServerResponse.ok()
                    .contentType(MediaType.TEXT_EVENT_STREAM)
                    .header("Cache-Control", "no-cache")
                    .header("X-Accel-Buffering", "no")
                    .body(BodyInserters.fromServerSentEvents(withHeartbeat(changes, heartbeat)));
        });
    }

    /**
     * The events with an opening comment (so that the response starts at once) and a heartbeat comment every
     * {@code every}, for as long as the client stays.
     */
    static Flux<ServerSentEvent<Object>> withHeartbeat(Flux<ServerSentEvent<Object>> events, Duration every) {
        ServerSentEvent<Object> open = ServerSentEvent.<Object>builder()
                .comment("connected")
                .retry(Duration.ofSeconds(2))
                .build();
        Flux<ServerSentEvent<Object>> beats = Flux.interval(every, every)
                .map(tick ->
                        ServerSentEvent.<Object>builder().comment(HEARTBEAT).build());
        return Flux.concat(Mono.just(open), Flux.merge(events, beats));
    }

    static ServerSentEvent<Object> toServerSentEvent(StoredEvent event, Optional<DeadlineState> state) {
        return ServerSentEvent.<Object>builder(
                        new Change(event.aggregateId(), event.type(), state.orElse(null), event.occurredAt()))
                .id(Long.toString(event.sequence()))
                .event(event.type())
                .build();
    }

    private static Optional<Long> lastEventId(ServerRequest request) {
        Optional<String> value = Optional.ofNullable(request.headers().firstHeader("Last-Event-ID"))
                .or(() -> request.queryParam("lastEventId"))
                .filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.get().strip());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return Optional.of(id);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(
                    "Last-Event-ID",
                    "deadlines.events.error.last-event-id",
                    "Last-Event-ID must be the id of an event this stream sent (a whole number).");
        }
    }

    /** Every event names a case: the administrator, who sees no case data, gets no stream. */
    private static void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new DomainException.Forbidden("The event stream is for the centre's staff.");
        }
        if (!actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT, Role.ORGANISER, Role.DIRECTOR)) {
            throw new DomainException.Forbidden(
                    "The event stream names cases; administrators see the deadline counts only.");
        }
    }

    /**
     * @param deadlineState the state the event carries ({@code DeadlineStateChanged}), otherwise the tracked state
     *                      once the projection reflects the event; {@code null} when the application is not tracked
     */
    record Change(UUID applicationId, String type, DeadlineState deadlineState, Instant occurredAt) {}
}
