package pl.cus.portal.deadlines;

import java.util.List;
import java.util.UUID;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The centre's plan deadlines for the back office: counts per state and open deadlines by due date. Every staff
 * role sees every deadline (the board is centre-wide and holds no personal data); residents are refused.
 */
public interface DeadlineBoard {

    Mono<BoardCounts> counts(Actor actor, BoardFilter filter);

    /** Open deadlines by due date (then application id), up to {@code limit}, after {@code cursor} when given. */
    Flux<TrackedDeadline> page(Actor actor, BoardFilter filter, BoardCursor cursor, int limit);

    /** One tracked deadline, whatever its state. */
    Mono<TrackedDeadline> find(Actor actor, UUID applicationId);

    /** Coordinators with at least one open deadline, for the filter. */
    Mono<List<UUID>> coordinators(Actor actor);

    /** Teams with at least one open deadline, for the filter. */
    Mono<List<String>> teams(Actor actor);
}
