package pl.cus.portal.deadlines.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.DeadlineStateChanged;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.shared.BackgroundSubscription;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.EventTypes;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Keeps {@code tracked_deadline} from the event log (decision 0010). Reads {@code EventStream.since(checkpoint)}
 * and applies each application event in its own transaction, which first locks the checkpoint row: on every
 * instance, an event at or below the checkpoint was applied already (here or by another instance) and is skipped,
 * so each event is applied exactly once across instances and restarts. A state change appends
 * {@code DeadlineStateChanged} in the same transaction.
 *
 * <p>Every event, applied or skipped, is then re-emitted on {@link #updates()}: by then the projection reflects it,
 * so screens refreshing on these never read it too early.
 */
@Component
class DeadlineProjector extends BackgroundSubscription {

    private static final Logger log = LoggerFactory.getLogger(DeadlineProjector.class);
    private static final int RECENT_STATES = 50_000;

    private final EventStream stream;
    private final EventLog events;
    private final TrackedDeadlineStore store;
    private final Transitions transitions;
    private final Deadlines deadlines;
    private final TransactionalOperator transactions;
    private final EventTypes types;

    private final Sinks.Many<StoredEvent> updates = Sinks.many().multicast().directBestEffort();
    private final Sinks.Many<Long> progress = Sinks.many().replay().latest();
    private final AtomicLong projected = new AtomicLong(-1);
    // The state after the latest event per application, so that hundreds of streams do not each ask the database.
    private final Map<UUID, DeadlineState> recentStates = new ConcurrentHashMap<>();

    DeadlineProjector(
            EventStream stream,
            EventLog events,
            TrackedDeadlineStore store,
            Transitions transitions,
            Deadlines deadlines,
            TransactionalOperator transactions,
            EventTypes types) {
        this.stream = stream;
        this.events = events;
        this.store = store;
        this.transitions = transitions;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.types = types;
    }

    Flux<StoredEvent> updates() {
        return updates.asFlux();
    }

    Mono<Void> awaitProjected(long sequence, Duration atMost) {
        if (projected.get() >= sequence) {
            return Mono.empty();
        }
        return progress.asFlux().filter(seq -> seq >= sequence).next().then().timeout(atMost, Mono.empty());
    }

    Optional<DeadlineState> recentState(UUID applicationId) {
        return Optional.ofNullable(recentStates.get(applicationId));
    }

    @Override
    protected Disposable subscribe() {
        return Flux.defer(() -> store.checkpoint().flatMapMany(checkpoint -> {
                    advance(checkpoint);
                    return stream.since(checkpoint);
                }))
                .concatMap(this::handle)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
                        .maxBackoff(Duration.ofSeconds(5))
                        .transientErrors(true)
                        .doBeforeRetry(signal -> log.warn(
                                "Deadline projection failed ({}); resuming from the checkpoint",
                                signal.failure().toString())))
                .subscribe();
    }

    /** Applies one event (or skips it when the checkpoint is past it); package-private for tests. */
    Mono<StoredEvent> handle(StoredEvent event) {
        Optional<DomainEvent> fact = TrackedFacts.of(event, types);
        if (fact.isEmpty()) {
            if (event.is(DeadlineStateChanged.class)) {
                stateChangedTo(event).ifPresent(state -> remember(event.aggregateId(), state));
            } else if (event.isAnyOf(DeadlineTracking.APPLICATION_EVENTS)) {
                log.warn(
                        "Skipping {} #{}: its payload does not follow the contract in docs/deadlines.md",
                        event.type(),
                        event.sequence());
            }
            return Mono.just(done(event));
        }
        return apply(event.sequence(), fact.get())
                .as(transactions::transactional)
                .doOnNext(state -> remember(fact.get().aggregateId(), state))
                .then(Mono.fromCallable(() -> done(event)));
    }

    /** Applies the fact unless the checkpoint says it was; gives the application's state afterwards. */
    private Mono<DeadlineState> apply(long seq, DomainEvent fact) {
        return store.lockCheckpoint().flatMap(last -> {
            if (seq <= last) {
                return store.stateOf(fact.aggregateId());
            }
            return store.findForUpdate(fact.aggregateId())
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .flatMap(current -> {
                        Tracked before = current.orElse(null);
                        Tracked after = next(before, fact, seq);
                        if (after == null) {
                            return store.advanceCheckpoint(seq).then(Mono.empty());
                        }
                        Mono<Void> write = after == before ? Mono.empty() : store.upsert(after);
                        Mono<Void> endPause = after.finished() && before != null && before.paused()
                                ? pauseEnded(after)
                                : Mono.empty();
                        DeadlineState from = before == null ? null : before.state();
                        Mono<Void> change = from == after.state()
                                ? Mono.empty()
                                : transitions
                                        .record(from, after)
                                        .flatMap(events::append)
                                        .then();
                        return write.then(endPause)
                                .then(store.advanceCheckpoint(seq))
                                .then(change)
                                .thenReturn(after.state());
                    });
        });
    }

    private Tracked next(Tracked before, DomainEvent fact, long seq) {
        int dueSoonDays = deadlines.dueSoonDays();
        if (before == null) {
            // Facts about an application not (yet) tracked, e.g. from before tracking existed, have nothing to change.
            return fact instanceof ApplicationSubmitted submitted
                    ? Tracked.submitted(submitted, seq, deadlines.today(), dueSoonDays)
                    : null;
        }
        return before.with(fact, seq, deadlines.today(), dueSoonDays);
    }

    private Mono<Void> pauseEnded(Tracked after) {
        return store.endOpenPause(after.applicationId(), after.finishedOn());
    }

    /** The {@code to} of a {@link DeadlineStateChanged} event. */
    Optional<DeadlineState> stateChangedTo(StoredEvent event) {
        return types.decode(event, DeadlineStateChanged.class).map(DeadlineStateChanged::to);
    }

    private void remember(UUID applicationId, DeadlineState state) {
        if (applicationId == null) {
            return;
        }
        if (recentStates.size() >= RECENT_STATES) {
            recentStates.clear();
        }
        recentStates.put(applicationId, state);
    }

    private StoredEvent done(StoredEvent event) {
        advance(event.sequence());
        updates.tryEmitNext(event);
        return event;
    }

    private void advance(long seq) {
        if (projected.accumulateAndGet(seq, Math::max) == seq) {
            progress.tryEmitNext(seq);
        }
    }
}
