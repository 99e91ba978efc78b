package pl.cus.portal.deadlines.web;

import static pl.cus.portal.shared.web.ApiRequests.withBody;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.BoardCounts;
import pl.cus.portal.deadlines.BoardCursor;
import pl.cus.portal.deadlines.BoardFilter;
import pl.cus.portal.deadlines.DeadlineBoard;
import pl.cus.portal.deadlines.DeadlinePauses;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.deadlines.StaffNotifications;
import pl.cus.portal.deadlines.TrackedDeadline;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import pl.cus.portal.shared.web.QueryParams;
import reactor.core.publisher.Mono;

/**
 * The deadline board, pauses and staff notices as JSON under {@code /api/backoffice}; see docs/api.md. Every route
 * needs a staff role (the security chain and the services both check).
 */
@Component
class BackofficeDeadlineRoutes implements ApiRoutes {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** A malformed id names nothing: 404, like an unknown one. */
    private static final PathId<UUID> APPLICATION =
            new PathId<>("applicationId", Function.identity(), request -> "No such resource: " + request.path());

    private static final PathId<UUID> NOTICE =
            new PathId<>("id", Function.identity(), request -> "No such resource: " + request.path());

    private final DeadlineBoard board;
    private final DeadlinePauses pauses;
    private final StaffNotifications notifications;
    private final Deadlines deadlines;

    BackofficeDeadlineRoutes(
            DeadlineBoard board, DeadlinePauses pauses, StaffNotifications notifications, Deadlines deadlines) {
        this.board = board;
        this.pauses = pauses;
        this.notifications = notifications;
        this.deadlines = deadlines;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/backoffice/deadlines", this::board)
                .GET("/backoffice/deadlines/{applicationId}", this::one)
                .GET("/backoffice/deadlines/{applicationId}/pauses", this::pauses)
                .POST("/backoffice/deadlines/{applicationId}/pauses", this::pause)
                .POST("/backoffice/deadlines/{applicationId}/resume", this::resume)
                .GET("/backoffice/deadline-pauses", this::report)
                .GET("/backoffice/notifications", this::notifications)
                .POST("/backoffice/notifications/{id}/read", this::markRead)
                .build();
    }

    private Mono<ServerResponse> board(ServerRequest request) {
        var params = QueryParams.of(request);
        BoardFilter filter = new BoardFilter(
                params.read(
                        "coordinator",
                        UUID::fromString,
                        new FieldError(
                                "coordinator",
                                "deadlines.board.error.coordinator",
                                "The coordinator must be an account id.")),
                request.queryParam("team").orElse(null),
                request.queryParam("kind").orElse(null),
                states(params));
        BoardCursor cursor = params.read(
                "after",
                BackofficeDeadlineRoutes::cursor,
                new FieldError("after", "deadlines.board.error.after", "Use the \"next\" value of the previous page."));
        Integer chosen = params.limit(
                "limit",
                MAX_LIMIT,
                new FieldError("limit", "deadlines.board.error.limit", "The limit must be between 1 and 500."));
        params.check();
        int limit = chosen == null ? DEFAULT_LIMIT : chosen;
        LocalDate today = deadlines.today();
        return ApiRequests.requireActor(request)
                .flatMap(actor -> board.counts(actor, filter)
                        .zipWith(board.page(actor, filter, cursor, limit)
                                .map(row -> Item.of(row, today))
                                .collectList())
                        .flatMap(both -> ServerResponse.ok()
                                .bodyValue(new Board(
                                        today,
                                        both.getT1(),
                                        both.getT2(),
                                        both.getT2().size() == limit
                                                ? both.getT2().getLast().planDueDate() + ","
                                                        + both.getT2().getLast().applicationId()
                                                : null))));
    }

    private Mono<ServerResponse> one(ServerRequest request) {
        LocalDate today = deadlines.today();
        return withId(request, APPLICATION, board::find)
                .flatMap(row -> ServerResponse.ok().bodyValue(Item.of(row, today)));
    }

    private Mono<ServerResponse> pauses(ServerRequest request) {
        LocalDate today = deadlines.today();
        return withId(
                        request,
                        APPLICATION,
                        (actor, id) -> pauses.pauses(actor, id)
                                .map(p -> PauseBody.of(p, today))
                                .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> pause(ServerRequest request) {
        LocalDate today = deadlines.today();
        return withBody(
                        request,
                        APPLICATION,
                        PauseRequest.class,
                        () -> InvalidInput.of(
                                "reason", "deadlines.pause.error.reason-missing", "Choose why the centre is waiting."),
                        (actor, id, body) -> pauses.pause(actor, id, reason(body.reason()), body.note()))
                .flatMap(saved -> ServerResponse.created(
                                URI.create("/api/backoffice/deadlines/" + APPLICATION.in(request) + "/pauses"))
                        .bodyValue(PauseBody.of(saved, today)));
    }

    private Mono<ServerResponse> resume(ServerRequest request) {
        LocalDate today = deadlines.today();
        return withId(request, APPLICATION, pauses::resume)
                .flatMap(ended -> ServerResponse.ok().bodyValue(PauseBody.of(ended, today)));
    }

    private Mono<ServerResponse> report(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> pauses.report(actor).collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> notifications(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> notifications.recent(actor, 50).collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> markRead(ServerRequest request) {
        return withId(request, NOTICE, notifications::markRead)
                .then(ServerResponse.noContent().build());
    }

    private static PauseReason reason(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of(
                    "reason", "deadlines.pause.error.reason-missing", "Choose why the centre is waiting.");
        }
        try {
            return PauseReason.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(
                    "reason",
                    "deadlines.pause.error.reason-unknown",
                    "The reason must be one of " + List.of(PauseReason.values()) + ".");
        }
    }

    /** Open deadline states, repeatable or comma-separated; the first that is not one is refused. */
    private static Set<DeadlineState> states(QueryParams params) {
        Set<DeadlineState> states = EnumSet.noneOf(DeadlineState.class);
        for (String one : params.list("state")) {
            DeadlineState state = params.parse(
                    one,
                    BackofficeDeadlineRoutes::openState,
                    value -> new FieldError(
                            "state",
                            "deadlines.board.error.state",
                            "The board lists open deadlines: state is ON_TRACK, DUE_SOON or OVERDUE."));
            if (state == null) {
                return states;
            }
            states.add(state);
        }
        return states;
    }

    private static DeadlineState openState(String name) {
        DeadlineState state = DeadlineState.valueOf(name.strip());
        if (!BoardFilter.OPEN.contains(state)) {
            throw new IllegalArgumentException("Not an open state: " + state);
        }
        return state;
    }

    /** The {@code next} value of the previous page: its last due date and application id. */
    private static BoardCursor cursor(String value) {
        String[] parts = value.split(",", 2);
        if (parts.length < 2) {
            throw new IllegalArgumentException("Not a cursor: " + value);
        }
        return new BoardCursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
    }

    record PauseRequest(String reason, String note) {}

    record PauseBody(
            UUID id,
            UUID applicationId,
            PauseReason reason,
            String note,
            LocalDate startedOn,
            LocalDate endedOn,
            long days) {
        static PauseBody of(pl.cus.portal.deadlines.DeadlinePause pause, LocalDate today) {
            return new PauseBody(
                    pause.id(),
                    pause.applicationId(),
                    pause.reason(),
                    pause.note(),
                    pause.startedOn(),
                    pause.endedOn(),
                    pause.days(today));
        }
    }

    record Item(
            UUID applicationId,
            String reference,
            String kind,
            UUID coordinatorId,
            String team,
            LocalDate submittedOn,
            LocalDate planDueDate,
            long daysLeft,
            DeadlineState deadlineState,
            boolean paused,
            PauseReason pauseReason) {
        static Item of(TrackedDeadline row, LocalDate today) {
            return new Item(
                    row.applicationId(),
                    row.reference(),
                    row.kind(),
                    row.coordinatorId(),
                    row.team(),
                    row.submittedOn(),
                    row.dueDate(),
                    row.daysLeft(today),
                    row.state(),
                    row.paused(),
                    row.pauseReason());
        }
    }

    /** @param next the {@code after} value for the next page; {@code null} on the last page */
    record Board(LocalDate today, BoardCounts counts, List<Item> items, String next) {}
}
