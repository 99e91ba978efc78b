package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Live tracking of plan deadlines, kept from the event log (docs/deadlines.md, decisions 0010 and 0011).
 */
public interface DeadlineTracking {

    /** Other modules' events the tracking reads, as their records (docs/deadlines.md, decision 0024). */
    Set<Class<? extends DomainEvent>> APPLICATION_EVENTS = Set.of(
            ApplicationSubmitted.class,
            ApplicationAssigned.class,
            ApplicationWithdrawn.class,
            ApplicationForwarded.class,
            ApplicationNotQualified.class,
            PlanPrepared.class);

    /** This module's events about a deadline. */
    Set<Class<? extends DomainEvent>> DEADLINE_EVENTS =
            Set.of(DeadlineStateChanged.class, DeadlinePaused.class, DeadlineResumed.class);

    /** Whether a screen or stream showing deadlines cares about this event. */
    static boolean concerns(StoredEvent event) {
        return event.isAnyOf(APPLICATION_EVENTS) || event.isAnyOf(DEADLINE_EVENTS);
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
