package pl.cus.portal.deadlines.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import pl.cus.portal.deadlines.BoardCounts;
import pl.cus.portal.deadlines.BoardFilter;
import pl.cus.portal.deadlines.DeadlineBoard;
import pl.cus.portal.deadlines.TrackedDeadline;
import pl.cus.portal.identity.Account;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a board shows, loaded once per change and filter for every open board: when one change reaches 200 boards,
 * those with the same filter share one set of queries instead of sending 200.
 */
@Component
class BoardSnapshots {

    private static final int MAX_KEYS = 500;

    private final DeadlineBoard board;
    private final Accounts accounts;
    private final Map<Key, Mono<BoardData>> shared = new ConcurrentHashMap<>();
    private final Map<UUID, String> names = new ConcurrentHashMap<>();

    BoardSnapshots(DeadlineBoard board, Accounts accounts) {
        this.board = board;
        this.accounts = accounts;
    }

    /** The board after the change with this sequence; boards asking for the same one get the same result. */
    Mono<BoardData> after(long sequence, Actor actor, BoardFilter filter, int limit) {
        if (shared.size() > MAX_KEYS) {
            shared.clear();
        }
        // Whether the board shows rows is part of the key: an administrator's counts-only board is never shared
        // with a coordinator's, nor the other way round.
        Key key = new Key(sequence, filter, limit, board.countsOnly(actor));
        return shared.computeIfAbsent(
                key,
                k -> load(actor, filter, limit)
                        .cache(data -> Duration.ofSeconds(5), error -> Duration.ZERO, () -> Duration.ZERO));
    }

    /** The board now, not shared (a filter change, a pause). */
    Mono<BoardData> now(Actor actor, BoardFilter filter, int limit) {
        return load(actor, filter, limit);
    }

    String name(UUID id) {
        return names.getOrDefault(id, id.toString());
    }

    private Mono<BoardData> load(Actor actor, BoardFilter filter, int limit) {
        return Mono.zip(
                        board.counts(actor, filter),
                                board.page(actor, filter, null, limit).collectList(),
                        board.coordinators(actor), board.teams(actor))
                .flatMap(all -> resolve(all.getT2(), all.getT3())
                        .thenReturn(new BoardData(all.getT1(), all.getT2(), all.getT3(), all.getT4(), limit)));
    }

    Mono<Void> resolve(List<TrackedDeadline> rows, List<UUID> coordinators) {
        // Not Flux.map: unassigned rows have no coordinator, and a Reactor mapper must not return null.
        return Flux.fromIterable(rows.stream()
                        .map(TrackedDeadline::coordinatorId)
                        .filter(Objects::nonNull)
                        .toList())
                .concatWith(Flux.fromIterable(coordinators))
                .distinct()
                .filter(id -> !names.containsKey(id))
                .flatMap(id -> accounts.findById(id)
                        .map(Account::displayName)
                        .defaultIfEmpty(id.toString())
                        .doOnNext(name -> names.put(id, name)))
                .then();
    }

    record BoardData(
            BoardCounts counts, List<TrackedDeadline> rows, List<UUID> coordinators, List<String> teams, int limit) {}

    private record Key(long sequence, BoardFilter filter, int limit, boolean countsOnly) {}
}
