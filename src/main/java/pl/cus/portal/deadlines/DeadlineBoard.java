package pl.cus.portal.deadlines;

import java.util.List;
import java.util.UUID;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The centre's plan deadlines for the back office: counts per state and open deadlines by due date. Every staff
 * role but the administrator sees every deadline (the board is centre-wide; its lines hold no resident's personal
 * data, but they name cases, coordinators and teams); the administrator sees the counts only (no rows, no filter
 * options, {@link #find} is {@code Forbidden}); residents are refused.
 */
public interface DeadlineBoard {

    Mono<BoardCounts> counts(Actor actor, BoardFilter filter);

    /** Whether this member of staff sees the counts only (the administrator). */
    boolean countsOnly(Actor actor);

    /** Open deadlines by due date (then application id), up to {@code limit}, after {@code cursor} when given. */
    Flux<TrackedDeadline> page(Actor actor, BoardFilter filter, BoardCursor cursor, int limit);

    /** One tracked deadline, whatever its state. */
    Mono<TrackedDeadline> find(Actor actor, UUID applicationId);

    /** Coordinators with at least one open deadline, for the filter. */
    Mono<List<UUID>> coordinators(Actor actor);

    /** Teams with at least one open deadline, for the filter. */
    Mono<List<String>> teams(Actor actor);
}
