package pl.cus.portal.deadlines.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.BoardCounts;
import pl.cus.portal.deadlines.BoardCursor;
import pl.cus.portal.deadlines.BoardFilter;
import pl.cus.portal.deadlines.DeadlineBoard;
import pl.cus.portal.deadlines.TrackedDeadline;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class BoardService implements DeadlineBoard {

    static final int MAX_PAGE = 500;

    private final TrackedDeadlineStore store;
    private final Deadlines deadlines;
    private final int finishedWindowDays;

    BoardService(TrackedDeadlineStore store, Deadlines deadlines, DeadlineLiveProperties properties) {
        this.store = store;
        this.deadlines = deadlines;
        this.finishedWindowDays = properties.finishedWindowDays();
    }

    @Override
    public Mono<BoardCounts> counts(Actor actor, BoardFilter filter) {
        // The administrator's counts are the whole centre's: a filter by coordinator or team would tell workloads.
        return Mono.fromCallable(
                        () -> StaffPolicy.countsOnly(StaffPolicy.requireStaff(actor)) ? BoardFilter.all() : filter)
                .flatMapMany(chosen -> store.counts(chosen, deadlines.today().minusDays(finishedWindowDays)))
                .collect(
                        () -> new EnumMap<DeadlineState, Long>(DeadlineState.class),
                        (counts, row) -> counts.merge(row.state(), row.count(), Long::sum))
                .map(counts -> new BoardCounts(Map.copyOf(counts), finishedWindowDays));
    }

    @Override
    public boolean countsOnly(Actor actor) {
        return StaffPolicy.countsOnly(StaffPolicy.requireStaff(actor));
    }

    /** The administrator gets no rows: the board's lines name cases, coordinators and teams. */
    @Override
    public Flux<TrackedDeadline> page(Actor actor, BoardFilter filter, BoardCursor cursor, int limit) {
        return Mono.fromCallable(() -> StaffPolicy.requireStaff(actor))
                .filter(staff -> !StaffPolicy.countsOnly(staff))
                .flatMapMany(staff -> store.page(filter, cursor, Math.clamp(limit, 1, MAX_PAGE)));
    }

    @Override
    public Mono<TrackedDeadline> find(Actor actor, UUID applicationId) {
        return Mono.fromCallable(() -> StaffPolicy.requireCaseReader(actor))
                .then(store.find(applicationId))
                .switchIfEmpty(Mono.error(
                        () -> new DomainException.NotFound("No tracked deadline for application " + applicationId)));
    }

    @Override
    public Mono<List<UUID>> coordinators(Actor actor) {
        return Mono.fromCallable(() -> StaffPolicy.requireStaff(actor))
                .filter(staff -> !StaffPolicy.countsOnly(staff))
                .flatMapMany(staff -> store.openCoordinators())
                .collectList();
    }

    @Override
    public Mono<List<String>> teams(Actor actor) {
        return Mono.fromCallable(() -> StaffPolicy.requireStaff(actor))
                .filter(staff -> !StaffPolicy.countsOnly(staff))
                .flatMapMany(staff -> store.openTeams())
                .collectList();
    }
}
