package pl.cus.portal.deadlines.internal;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.BoardCursor;
import pl.cus.portal.deadlines.BoardFilter;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.deadlines.TrackedDeadline;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code tracked_deadline} projection and its checkpoint. Hand-written SQL; see V8__deadline_tracking.sql. */
@Repository
class TrackedDeadlineStore {

    static final String CHECKPOINT = "tracked_deadline";
    // Repeated literally in the queries so that the planner can use the partial indexes on open deadlines.
    private static final String OPEN = "t.state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE')";
    private static final String COLUMNS =
            "t.application_id, t.reference, t.kind, t.coordinator_id, t.team, t.submitted_on, "
                    + "t.due_date, t.met_on, t.closed_on, t.state, t.next_change, t.paused, t.last_event_seq";

    private final DatabaseClient db;
    private final Clock clock;

    TrackedDeadlineStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Locks the checkpoint row until the transaction ends and gives the last projected sequence. Every writer of the
     * projection (the projector, the re-evaluation) takes it first, on every instance: that serialises them.
     */
    Mono<Long> lockCheckpoint() {
        return db.sql("select last_seq from deadline_checkpoint where name = :name for update")
                .bind("name", CHECKPOINT)
                .map(row -> row.get("last_seq", Long.class))
                .one();
    }

    Mono<Long> checkpoint() {
        return db.sql("select last_seq from deadline_checkpoint where name = :name")
                .bind("name", CHECKPOINT)
                .map(row -> row.get("last_seq", Long.class))
                .one();
    }

    Mono<Void> advanceCheckpoint(long seq) {
        return db.sql("update deadline_checkpoint set last_seq = greatest(last_seq, :seq) where name = :name")
                .bind("seq", seq)
                .bind("name", CHECKPOINT)
                .then();
    }

    Mono<Tracked> findForUpdate(UUID applicationId) {
        return db.sql("select " + COLUMNS + " from tracked_deadline t where t.application_id = :id for update")
                .bind("id", applicationId)
                .map((row, meta) -> tracked(row))
                .one();
    }

    Mono<DeadlineState> stateOf(UUID applicationId) {
        return db.sql("select state from tracked_deadline where application_id = :id")
                .bind("id", applicationId)
                .map(row -> DeadlineState.valueOf(row.get("state", String.class)))
                .one();
    }

    Mono<Void> upsert(Tracked row) {
        var spec = db.sql("""
                insert into tracked_deadline (application_id, reference, kind, coordinator_id, team, submitted_on, due_date,
                    met_on, closed_on, finished_on, state, next_change, paused, last_event_seq, updated_at)
                values (:id, :reference, :kind, :coordinator, :team, :submitted, :due, :met, :closed, :finished, :state,
                    :next, :paused, :seq, :at)
                on conflict (application_id) do update set coordinator_id = excluded.coordinator_id, team = excluded.team,
                    met_on = excluded.met_on, closed_on = excluded.closed_on, finished_on = excluded.finished_on,
                    state = excluded.state, next_change = excluded.next_change, paused = excluded.paused,
                    last_event_seq = excluded.last_event_seq, updated_at = excluded.updated_at
                """)
                .bind("id", row.applicationId())
                .bind("reference", row.reference())
                .bind("kind", row.kind())
                .bind("submitted", row.submittedOn())
                .bind("due", row.dueDate())
                .bind("state", row.state().name())
                .bind("paused", row.paused())
                .bind("seq", row.lastEventSeq())
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC));
        spec = nullable(spec, "coordinator", row.coordinatorId(), UUID.class);
        spec = nullable(spec, "team", row.team(), String.class);
        spec = nullable(spec, "met", row.metOn(), LocalDate.class);
        spec = nullable(spec, "closed", row.closedOn(), LocalDate.class);
        spec = nullable(spec, "finished", row.finishedOn(), LocalDate.class);
        spec = nullable(spec, "next", row.nextChange(), LocalDate.class);
        return spec.then();
    }

    /** Rows whose next change is due on or before {@code today}, locked, through the partial next-change index. */
    Flux<Tracked> dueForChange(LocalDate today, int limit) {
        return db.sql("select " + COLUMNS
                        + " from tracked_deadline t where t.next_change is not null and t.next_change <= :today "
                        + "order by t.next_change limit :limit for update")
                .bind("today", today)
                .bind("limit", limit)
                .map((row, meta) -> tracked(row))
                .all();
    }

    Mono<Void> updateState(Tracked row) {
        var spec = db.sql(
                        "update tracked_deadline set state = :state, next_change = :next, updated_at = :at where application_id = :id")
                .bind("id", row.applicationId())
                .bind("state", row.state().name())
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC));
        return nullable(spec, "next", row.nextChange(), LocalDate.class).then();
    }

    Mono<Void> setPaused(UUID applicationId, boolean paused) {
        return db.sql("update tracked_deadline set paused = :paused, updated_at = :at where application_id = :id")
                .bind("paused", paused)
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
                .bind("id", applicationId)
                .then();
    }

    /** Ends a pause still open when the deadline is met or closed, on that day (never before the pause began). */
    Mono<Void> endOpenPause(UUID applicationId, LocalDate on) {
        return db.sql(
                        "update deadline_pause set ended_on = greatest(:on, started_on) where application_id = :id and ended_on is null")
                .bind("on", on)
                .bind("id", applicationId)
                .then();
    }

    // --- the board ---

    Flux<StateCount> counts(BoardFilter filter, LocalDate finishedSince) {
        List<Object[]> binds = new ArrayList<>();
        String where = filters(filter, binds);
        // From the counters the triggers of V15 keep, not from tracked_deadline: a few hundred rows instead of
        // every open and recently finished deadline.
        var spec = db.sql("select t.state, sum(t.n)::bigint as n from deadline_count t where " + OPEN + where
                        + " group by t.state "
                        + "union all select t.state, sum(t.n)::bigint as n from deadline_count t where t.finished_on is not null "
                        + "and t.finished_on >= :since" + where + " group by t.state")
                .bind("since", finishedSince);
        return bindAll(spec, binds)
                .map(row ->
                        new StateCount(DeadlineState.valueOf(row.get("state", String.class)), row.get("n", Long.class)))
                .all();
    }

    Flux<TrackedDeadline> page(BoardFilter filter, BoardCursor cursor, int limit) {
        List<Object[]> binds = new ArrayList<>();
        StringBuilder where = new StringBuilder(filters(filter, binds));
        if (filter.states().size() < BoardFilter.OPEN.size()) {
            where.append(" and t.state in (:states)");
            binds.add(new Object[] {
                "states", filter.states().stream().map(Enum::name).sorted().toList()
            });
        }
        if (cursor != null) {
            where.append(" and (t.due_date, t.application_id) > (:afterDue, :afterId)");
            binds.add(new Object[] {"afterDue", cursor.dueDate()});
            binds.add(new Object[] {"afterId", cursor.applicationId()});
        }
        var spec = db.sql("select " + COLUMNS + ", p.reason as pause_reason from tracked_deadline t "
                        + "left join deadline_pause p on p.application_id = t.application_id and p.ended_on is null "
                        + "where " + OPEN + where + " order by t.due_date, t.application_id limit :limit")
                .bind("limit", limit);
        return bindAll(spec, binds).map((row, meta) -> boardRow(row)).all();
    }

    Mono<TrackedDeadline> find(UUID applicationId) {
        return db.sql("select " + COLUMNS + ", p.reason as pause_reason from tracked_deadline t "
                        + "left join deadline_pause p on p.application_id = t.application_id and p.ended_on is null "
                        + "where t.application_id = :id")
                .bind("id", applicationId)
                .map((row, meta) -> boardRow(row))
                .one();
    }

    Flux<UUID> openCoordinators() {
        return db.sql("select distinct t.coordinator_id from tracked_deadline t where " + OPEN
                        + " and t.coordinator_id is not null")
                .map(row -> row.get("coordinator_id", UUID.class))
                .all();
    }

    Flux<String> openTeams() {
        return db.sql("select distinct t.team from tracked_deadline t where " + OPEN
                        + " and t.team is not null order by t.team")
                .map(row -> row.get("team", String.class))
                .all();
    }

    record StateCount(DeadlineState state, long count) {}

    private static String filters(BoardFilter filter, List<Object[]> binds) {
        StringBuilder where = new StringBuilder();
        if (filter.coordinatorId() != null) {
            where.append(" and t.coordinator_id = :coordinator");
            binds.add(new Object[] {"coordinator", filter.coordinatorId()});
        }
        if (filter.team() != null) {
            where.append(" and t.team = :team");
            binds.add(new Object[] {"team", filter.team()});
        }
        if (filter.kind() != null) {
            where.append(" and t.kind = :kind");
            binds.add(new Object[] {"kind", filter.kind()});
        }
        return where.toString();
    }

    private static GenericExecuteSpec bindAll(GenericExecuteSpec spec, List<Object[]> binds) {
        for (Object[] bind : binds) {
            spec = spec.bind((String) bind[0], bind[1]);
        }
        return spec;
    }

    static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static Tracked tracked(Readable row) {
        return new Tracked(
                row.get("application_id", UUID.class),
                row.get("reference", String.class),
                row.get("kind", String.class),
                row.get("coordinator_id", UUID.class),
                row.get("team", String.class),
                row.get("submitted_on", LocalDate.class),
                row.get("due_date", LocalDate.class),
                row.get("met_on", LocalDate.class),
                row.get("closed_on", LocalDate.class),
                DeadlineState.valueOf(row.get("state", String.class)),
                row.get("next_change", LocalDate.class),
                Boolean.TRUE.equals(row.get("paused", Boolean.class)),
                row.get("last_event_seq", Long.class));
    }

    private static TrackedDeadline boardRow(Readable row) {
        String reason = row.get("pause_reason", String.class);
        return new TrackedDeadline(
                row.get("application_id", UUID.class),
                row.get("reference", String.class),
                row.get("kind", String.class),
                row.get("coordinator_id", UUID.class),
                row.get("team", String.class),
                row.get("submitted_on", LocalDate.class),
                row.get("due_date", LocalDate.class),
                DeadlineState.valueOf(row.get("state", String.class)),
                Boolean.TRUE.equals(row.get("paused", Boolean.class)),
                reason == null ? null : PauseReason.valueOf(reason));
    }
}
