package pl.cus.portal.deadlines.internal;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.DeadlinePause;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.deadlines.PausedDays;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code deadline_pause}. */
@Repository
class PauseStore {

    private final DatabaseClient db;
    private final Clock clock;

    PauseStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Mono<DeadlinePause> insert(DeadlinePause pause, UUID startedBy) {
        return TrackedDeadlineStore.nullable(
                        db.sql(
                                        "insert into deadline_pause (id, application_id, reason, note, started_on, started_by, created_at) "
                                                + "values (:id, :application, :reason, :note, :started, :by, :at)")
                                .bind("id", pause.id())
                                .bind("application", pause.applicationId())
                                .bind("reason", pause.reason().name())
                                .bind("started", pause.startedOn())
                                .bind("by", startedBy)
                                .bind("at", clock.instant().atOffset(ZoneOffset.UTC)),
                        "note",
                        pause.note(),
                        String.class)
                .then()
                .thenReturn(pause);
    }

    Mono<DeadlinePause> open(UUID applicationId) {
        return db.sql("select * from deadline_pause where application_id = :id and ended_on is null")
                .bind("id", applicationId)
                .map((row, meta) -> pause(row))
                .one();
    }

    Mono<Void> end(UUID pauseId, LocalDate on, UUID endedBy) {
        return db.sql(
                        "update deadline_pause set ended_on = greatest(:on, started_on), ended_by = :by where id = :id and ended_on is null")
                .bind("on", on)
                .bind("by", endedBy)
                .bind("id", pauseId)
                .then();
    }

    Flux<DeadlinePause> of(UUID applicationId) {
        return db.sql("select * from deadline_pause where application_id = :id order by started_on, created_at")
                .bind("id", applicationId)
                .map((row, meta) -> pause(row))
                .all();
    }

    Flux<PausedDays> report(LocalDate today) {
        return db.sql("""
                        select t.application_id, t.reference, t.due_date, t.state, count(*) as pauses,
                               sum(greatest(coalesce(p.ended_on, :today) - p.started_on, 0)) as days,
                               bool_or(p.ended_on is null) as paused_now
                        from deadline_pause p join tracked_deadline t on t.application_id = p.application_id
                        group by t.application_id, t.reference, t.due_date, t.state
                        order by t.due_date, t.application_id
                        """)
                .bind("today", today)
                .map(row -> new PausedDays(
                        row.get("application_id", UUID.class),
                        row.get("reference", String.class),
                        row.get("due_date", LocalDate.class),
                        DeadlineState.valueOf(row.get("state", String.class)),
                        row.get("pauses", Long.class).intValue(),
                        row.get("days", Long.class),
                        Boolean.TRUE.equals(row.get("paused_now", Boolean.class))))
                .all();
    }

    private static DeadlinePause pause(Readable row) {
        return new DeadlinePause(
                row.get("id", UUID.class),
                row.get("application_id", UUID.class),
                PauseReason.valueOf(row.get("reason", String.class)),
                row.get("note", String.class),
                row.get("started_on", LocalDate.class),
                row.get("ended_on", LocalDate.class));
    }
}
