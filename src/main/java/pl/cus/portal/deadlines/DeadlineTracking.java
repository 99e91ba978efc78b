package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.Optional;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Live tracking of plan deadlines, kept from the event log (docs/deadlines.md, decisions 0010 and 0011).
 */
public interface DeadlineTracking {

    /**
     * Events of the log, live, each emitted once the tracked deadlines reflect it (on this instance or another):
     * a screen refreshing on these never reads the projection before it has caught up.
     */
    Flux<StoredEvent> updates();

    /** Completes once the projection reflects the event with this sequence, or after a short timeout. */
    Mono<Void> awaitProjected(long sequence);

    /** The tracked state of the event's application now, or the state the event carries. Empty when not tracked. */
    Mono<Optional<DeadlineState>> stateFor(StoredEvent event);

    /**
     * Re-evaluates the deadlines whose next change is due on or before {@code today}; touches only those (their
     * state changes), and returns how many. The midnight job calls it; tests call it with any date.
     */
    Mono<Integer> reevaluate(LocalDate today);
}
