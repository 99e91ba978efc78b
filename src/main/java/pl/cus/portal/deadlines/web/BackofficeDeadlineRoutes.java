package pl.cus.portal.deadlines.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/**
 * The deadline board, pauses and staff notices as JSON under {@code /api/backoffice}; see docs/api.md. Every route
 * needs a staff role (the security chain and the services both check).
 */
@Component
class BackofficeDeadlineRoutes implements ApiRoutes {

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
        List<FieldError> errors = new ArrayList<>();
        BoardFilter filter = new BoardFilter(
                uuidParam(request, "coordinator", errors),
                request.queryParam("team").orElse(null),
                request.queryParam("kind").orElse(null),
                states(request, errors));
        BoardCursor cursor = cursor(request, errors);
        int limit = limit(request, errors);
        if (!errors.isEmpty()) {
            return Mono.error(new InvalidInput(errors));
        }
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
        UUID id = pathId(request, "applicationId");
        LocalDate today = deadlines.today();
        return ApiRequests.requireActor(request)
                .flatMap(actor -> board.find(actor, id))
                .flatMap(row -> ServerResponse.ok().bodyValue(Item.of(row, today)));
    }

    private Mono<ServerResponse> pauses(ServerRequest request) {
        UUID id = pathId(request, "applicationId");
        LocalDate today = deadlines.today();
        return ApiRequests.requireActor(request)
                .flatMap(actor -> pauses.pauses(actor, id)
                        .map(p -> PauseBody.of(p, today))
                        .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> pause(ServerRequest request) {
        UUID id = pathId(request, "applicationId");
        LocalDate today = deadlines.today();
        return ApiRequests.requireActor(request)
                .flatMap(actor -> request.bodyToMono(PauseRequest.class)
                        .switchIfEmpty(Mono.error(() -> InvalidInput.of(
                                "reason", "deadlines.pause.error.reason-missing", "Choose why the centre is waiting.")))
                        .flatMap(body -> pauses.pause(actor, id, reason(body.reason()), body.note())))
                .flatMap(saved -> ServerResponse.created(URI.create("/api/backoffice/deadlines/" + id + "/pauses"))
                        .bodyValue(PauseBody.of(saved, today)));
    }

    private Mono<ServerResponse> resume(ServerRequest request) {
        UUID id = pathId(request, "applicationId");
        LocalDate today = deadlines.today();
        return ApiRequests.requireActor(request)
                .flatMap(actor -> pauses.resume(actor, id))
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
        UUID id = pathId(request, "id");
        return ApiRequests.requireActor(request)
                .flatMap(actor -> notifications.markRead(actor, id))
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

    private static UUID pathId(ServerRequest request, String name) {
        try {
            return UUID.fromString(request.pathVariable(name));
        } catch (IllegalArgumentException e) {
            throw new DomainException.NotFound("No such resource: " + request.path());
        }
    }

    private static UUID uuidParam(ServerRequest request, String name, List<FieldError> errors) {
        Optional<String> value = request.queryParam(name).filter(v -> !v.isBlank());
        try {
            return value.map(UUID::fromString).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    name, "deadlines.board.error.coordinator", "The coordinator must be an account id."));
            return null;
        }
    }

    private static Set<DeadlineState> states(ServerRequest request, List<FieldError> errors) {
        Set<DeadlineState> states = EnumSet.noneOf(DeadlineState.class);
        for (String value : request.queryParams().getOrDefault("state", List.of())) {
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    DeadlineState state = DeadlineState.valueOf(one.strip());
                    if (!BoardFilter.OPEN.contains(state)) {
                        throw new IllegalArgumentException();
                    }
                    states.add(state);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(
                            "state",
                            "deadlines.board.error.state",
                            "The board lists open deadlines: state is ON_TRACK, DUE_SOON or OVERDUE."));
                    return states;
                }
            }
        }
        return states;
    }

    private static BoardCursor cursor(ServerRequest request, List<FieldError> errors) {
        Optional<String> value = request.queryParam("after").filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return null;
        }
        String[] parts = value.get().split(",", 2);
        try {
            return new BoardCursor(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            errors.add(new FieldError(
                    "after", "deadlines.board.error.after", "Use the \"next\" value of the previous page."));
            return null;
        }
    }

    private static int limit(ServerRequest request, List<FieldError> errors) {
        Optional<String> value = request.queryParam("limit").filter(v -> !v.isBlank());
        try {
            int limit = value.map(Integer::parseInt).orElse(50);
            if (limit < 1 || limit > 500) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("limit", "deadlines.board.error.limit", "The limit must be between 1 and 500."));
            return 50;
        }
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
