package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Live tracking of plan deadlines, kept from the event log (docs/deadlines.md, decisions 0010 and 0011).
 */
public interface DeadlineTracking {

    /** Other modules' events the tracking reads, by type name (the contract in docs/deadlines.md). */
    Set<String> APPLICATION_EVENTS = Set.of(
            "ApplicationSubmitted",
            "ApplicationAssigned",
            "ApplicationWithdrawn",
            "ApplicationForwarded",
            "ApplicationNotQualified",
            "PlanPrepared");

    /** This module's events about a deadline. */
    Set<String> DEADLINE_EVENTS = Set.of("DeadlineStateChanged", "DeadlinePaused", "DeadlineResumed");

    /** Whether a screen or stream showing deadlines cares about this event. */
    static boolean concerns(StoredEvent event) {
        return APPLICATION_EVENTS.contains(event.type()) || DEADLINE_EVENTS.contains(event.type());
    }

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
