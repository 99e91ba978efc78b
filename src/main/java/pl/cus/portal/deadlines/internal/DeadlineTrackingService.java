package pl.cus.portal.deadlines.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.DeadlinePaused;
import pl.cus.portal.deadlines.DeadlineResumed;
import pl.cus.portal.deadlines.DeadlineStateChanged;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class DeadlineTrackingService implements DeadlineTracking {

    private static final Set<Class<? extends DomainEvent>> PAUSE_EVENTS =
            Set.of(DeadlinePaused.class, DeadlineResumed.class);

    private final DeadlineProjector projector;
    private final DeadlineReevaluation reevaluation;
    private final TrackedDeadlineStore store;
    private final Duration projectionWait;

    DeadlineTrackingService(
            DeadlineProjector projector,
            DeadlineReevaluation reevaluation,
            TrackedDeadlineStore store,
            DeadlineLiveProperties properties) {
        this.projector = projector;
        this.reevaluation = reevaluation;
        this.store = store;
        this.projectionWait = properties.projectionWait();
    }

    @Override
    public Flux<StoredEvent> updates() {
        return projector.updates();
    }

    @Override
    public Mono<Void> awaitProjected(long sequence) {
        return projector.awaitProjected(sequence, projectionWait);
    }

    @Override
    public Mono<Optional<DeadlineState>> stateFor(StoredEvent event) {
        if (event.is(DeadlineStateChanged.class)) {
            return Mono.just(projector.stateChangedTo(event));
        }
        if (event.aggregateId() == null || !(event.isAnyOf(APPLICATION_EVENTS) || event.isAnyOf(PAUSE_EVENTS))) {
            return Mono.just(Optional.empty());
        }
        return awaitProjected(event.sequence())
                .then(Mono.defer(() -> projector
                        .recentState(event.aggregateId())
                        .map(state -> Mono.just(Optional.of(state)))
                        .orElseGet(() -> store.stateOf(event.aggregateId())
                                .map(Optional::of)
                                .defaultIfEmpty(Optional.empty()))));
    }

    @Override
    public Mono<Integer> reevaluate(LocalDate today) {
        return reevaluation.reevaluate(today);
    }
}
