package pl.cus.portal.deadlines.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.DeadlineStateChanged;
import pl.cus.portal.shared.EventLog;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Moves deadlines whose state changes by the passage of time (decision 0011). Each row stores the next day its state
 * changes by time alone ({@code next_change}); re-evaluating a day reads only rows with {@code next_change <= day}
 * through a partial index, in batches, each in a transaction that holds the projection's checkpoint lock (so it
 * never interleaves with the projector, and two instances running it at midnight do the work once).
 */
@Component
class DeadlineReevaluation {

    private final TrackedDeadlineStore store;
    private final Transitions transitions;
    private final EventLog events;
    private final Deadlines deadlines;
    private final TransactionalOperator transactions;
    private final int batch;

    DeadlineReevaluation(
            TrackedDeadlineStore store,
            Transitions transitions,
            EventLog events,
            Deadlines deadlines,
            TransactionalOperator transactions,
            DeadlineLiveProperties properties) {
        this.store = store;
        this.transitions = transitions;
        this.events = events;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.batch = properties.reevaluationBatch();
    }

    /** Re-evaluates every deadline due for a change on or before {@code today}; the number whose state changed. */
    Mono<Integer> reevaluate(LocalDate today) {
        return oneBatch(today)
                .expand(result -> result.selected() < batch ? Mono.empty() : oneBatch(today))
                .map(Batch::changed)
                .reduce(0, Integer::sum);
    }

    private Mono<Batch> oneBatch(LocalDate today) {
        int dueSoonDays = deadlines.dueSoonDays();
        return store.lockCheckpoint()
                .thenMany(store.dueForChange(today, batch))
                .collectList()
                .flatMap(rows -> {
                    List<Mono<DeadlineStateChanged>> changes = new ArrayList<>();
                    Flux<Void> updates = Flux.fromIterable(rows).concatMap(row -> {
                        Tracked after = row.evaluatedOn(today, dueSoonDays);
                        if (after.state() != row.state()) {
                            changes.add(transitions.record(row.state(), after));
                        }
                        return store.updateState(after);
                    });
                    // Events last: appending takes the event log's lock until commit.
                    return updates.then(Mono.defer(() -> Flux.concat(changes).collectList()))
                            .flatMap(changed -> Flux.fromIterable(changed)
                                    .concatMap(events::append)
                                    .count())
                            .map(changed -> new Batch(rows.size(), changed.intValue()));
                })
                .as(transactions::transactional);
    }

    private record Batch(int selected, int changed) {}
}
