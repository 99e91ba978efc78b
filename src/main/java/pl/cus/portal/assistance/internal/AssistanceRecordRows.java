package pl.cus.portal.assistance.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.Visit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The appended rows of a family's assistance (V35): visits, assessments, monthly reports and authorisations, read in
 * their listing order and written as {@link AssistanceRecords} collected them.
 */
@Repository
class AssistanceRecordRows {

    private final DatabaseClient db;
    private final JsonMapper json;

    AssistanceRecordRows(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<AssistanceRecords> load(UUID applicationId) {
        return Mono.zip(
                        visits(applicationId).collectList(),
                        assessments(applicationId).collectList(),
                        reports(applicationId).collectList(),
                        authorisations(applicationId).collectList())
                .map(parts -> new AssistanceRecords(parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4()));
    }

    /** Inserts what a change added and marks what it revoked, written by {@code by}. */
    Mono<Void> save(UUID applicationId, AssistanceRecords records, UUID by, Instant at) {
        return Flux.concat(
                        Flux.fromIterable(records.newVisits()).concatMap(v -> insertVisit(applicationId, v, by, at)),
                        Flux.fromIterable(records.newAssessments())
                                .concatMap(a -> insertAssessment(applicationId, a, by, at)),
                        Flux.fromIterable(records.newReports()).concatMap(r -> insertReport(applicationId, r, by, at)),
                        Flux.fromIterable(records.newAuthorisations())
                                .concatMap(a -> insertAuthorisation(applicationId, a, at)),
                        Flux.fromIterable(records.revoked().entrySet())
                                .concatMap(r -> revoke(applicationId, r.getKey(), r.getValue())))
                .then();
    }

    private Flux<Visit> visits(UUID applicationId) {
        return db.sql(
                        "select id, visited_on, kind, duration_minutes, notes, goal_ids::text as goal_ids from family_visit "
                                + "where application_id = :id order by visited_on, logged_at")
                .bind("id", applicationId)
                .map((row, meta) -> new Visit(
                        row.get("id", UUID.class),
                        row.get("visited_on", LocalDate.class),
                        Visit.Kind.valueOf(row.get("kind", String.class)),
                        row.get("duration_minutes", Integer.class),
                        row.get("notes", String.class),
                        Arrays.asList(json.readValue(row.get("goal_ids", String.class), UUID[].class))))
                .all();
    }

    private Mono<Void> insertVisit(UUID applicationId, Visit visit, UUID by, Instant at) {
        return db.sql(
                        "insert into family_visit (id, application_id, visited_on, kind, duration_minutes, notes, goal_ids, logged_by, logged_at) "
                                + "values (:id, :app, :on, :kind, :minutes, :notes, :goals, :by, :at)")
                .bind("id", visit.id())
                .bind("app", applicationId)
                .bind("on", visit.on())
                .bind("kind", visit.kind().name())
                .bind("minutes", visit.durationMinutes())
                .bind("notes", visit.notes())
                .bind("goals", Json.of(json.writeValueAsString(visit.goalIds())))
                .bind("by", by)
                .bind("at", utc(at))
                .then();
    }

    private Flux<Assessment> assessments(UUID applicationId) {
        return db.sql(
                        "select id, assessed_on, text, conclusion from family_assessment where application_id = :id order by assessed_on, written_at")
                .bind("id", applicationId)
                .map((row, meta) -> new Assessment(
                        row.get("id", UUID.class),
                        row.get("assessed_on", LocalDate.class),
                        row.get("text", String.class),
                        row.get("conclusion", String.class)))
                .all();
    }

    private Mono<Void> insertAssessment(UUID applicationId, Assessment assessment, UUID by, Instant at) {
        return db.sql(
                        "insert into family_assessment (id, application_id, assessed_on, text, conclusion, written_by, written_at) "
                                + "values (:id, :app, :on, :text, :conclusion, :by, :at)")
                .bind("id", assessment.id())
                .bind("app", applicationId)
                .bind("on", assessment.on())
                .bind("text", assessment.text())
                .bind("conclusion", assessment.conclusion())
                .bind("by", by)
                .bind("at", utc(at))
                .then();
    }

    private Flux<MonthlyReport> reports(UUID applicationId) {
        return db.sql("select month, visit_count, total_minutes, contacts, goals_worked_on, summary, submitted_on "
                        + "from family_monthly_report where application_id = :id order by month")
                .bind("id", applicationId)
                .map((row, meta) -> report(row))
                .all();
    }

    private Mono<Void> insertReport(UUID applicationId, MonthlyReport report, UUID by, Instant at) {
        return db.sql(
                        "insert into family_monthly_report (application_id, month, visit_count, total_minutes, contacts, goals_worked_on, "
                                + "summary, submitted_on, submitted_by, submitted_at) values (:app, :month, :count, :minutes, :contacts, :goals, "
                                + ":summary, :on, :by, :at)")
                .bind("app", applicationId)
                .bind("month", report.month().atDay(1))
                .bind("count", report.visitCount())
                .bind("minutes", report.totalMinutes())
                .bind("contacts", report.contacts())
                .bind("goals", report.goalsWorkedOn())
                .bind("summary", report.summary())
                .bind("on", report.submittedOn())
                .bind("by", by)
                .bind("at", utc(at))
                .then();
    }

    private Flux<Authorisation> authorisations(UUID applicationId) {
        return db.sql(
                        "select id, purpose, granted_on, valid_until, revoked_on from family_authorisation where application_id = :id "
                                + "order by granted_on, recorded_at")
                .bind("id", applicationId)
                .map((row, meta) -> new Authorisation(
                        row.get("id", UUID.class),
                        row.get("purpose", String.class),
                        row.get("granted_on", LocalDate.class),
                        row.get("valid_until", LocalDate.class),
                        row.get("revoked_on", LocalDate.class)))
                .all();
    }

    private Mono<Void> insertAuthorisation(UUID applicationId, Authorisation authorisation, Instant at) {
        var spec = db.sql(
                        "insert into family_authorisation (id, application_id, purpose, granted_on, valid_until, recorded_at) "
                                + "values (:id, :app, :purpose, :granted, :until, :at)")
                .bind("id", authorisation.id())
                .bind("app", applicationId)
                .bind("purpose", authorisation.purpose())
                .bind("granted", authorisation.grantedOn())
                .bind("at", utc(at));
        spec = authorisation.validUntil() == null
                ? spec.bindNull("until", LocalDate.class)
                : spec.bind("until", authorisation.validUntil());
        return spec.then();
    }

    private Mono<Void> revoke(UUID applicationId, UUID authorisationId, LocalDate on) {
        return db.sql(
                        "update family_authorisation set revoked_on = :on where id = :id and application_id = :app and revoked_on is null")
                .bind("on", on)
                .bind("id", authorisationId)
                .bind("app", applicationId)
                .then();
    }

    private static MonthlyReport report(Readable row) {
        return new MonthlyReport(
                YearMonth.from(row.get("month", LocalDate.class)),
                row.get("visit_count", Integer.class),
                row.get("total_minutes", Integer.class),
                row.get("contacts", String.class),
                row.get("goals_worked_on", String.class),
                row.get("summary", String.class),
                row.get("submitted_on", LocalDate.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
