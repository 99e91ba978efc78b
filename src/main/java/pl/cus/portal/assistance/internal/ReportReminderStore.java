package pl.cus.portal.assistance.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The monthly report reminder's queries (V35, V36): who misses a month's report, and who was reminded of it. */
@Repository
class ReportReminderStore {

    /** An assistant whose families miss the month's report, and how many. */
    record Missing(UUID assistantId, int families) {}

    private final DatabaseClient db;

    ReportReminderStore(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Assistants with families that were active in the month (consent by its last day, not ended before its first)
     * and have no report for it.
     */
    Flux<Missing> missingReports(YearMonth month) {
        return db.sql("select fa.assistant_id, count(*) as families from family_assistance fa "
                        + "where fa.consent_on <= :last and (fa.ended_on is null or fa.ended_on >= :first) "
                        + "and not exists (select 1 from family_monthly_report r where r.application_id = fa.application_id and r.month = :first) "
                        + "group by fa.assistant_id")
                .bind("first", month.atDay(1))
                .bind("last", month.atEndOfMonth())
                .map((row, meta) -> new Missing(
                        row.get("assistant_id", UUID.class),
                        row.get("families", Long.class).intValue()))
                .all();
    }

    /** The insert-once key of the reminder; false when this assistant was already reminded of the month. */
    Mono<Boolean> insertReminder(UUID assistantId, YearMonth month, Instant at) {
        return db.sql(
                        "insert into family_report_reminder (assistant_id, month, reminded_at) values (:assistant, :month, :at) "
                                + "on conflict (assistant_id, month) do nothing")
                .bind("assistant", assistantId)
                .bind("month", month.atDay(1))
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }
}
