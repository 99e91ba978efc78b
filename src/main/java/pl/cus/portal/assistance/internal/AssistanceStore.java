package pl.cus.portal.assistance.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Family assistance tables (V35, V36): the case row with its small documents, and the rows hanging off it. */
@Repository
class AssistanceStore {

    private static final String COLUMNS =
            "application_id, assistant_id, za_zyciem, consent_on, court_ordered, referred_on, "
                    + "documents_received_on, card::text as card, work_plan::text as work_plan, support_catalogue::text as support_catalogue, "
                    + "ended_on, end_reason, end_reason_text, monitoring_until, monitoring_notes::text as monitoring_notes";

    /** The case row. */
    record CaseRow(
            UUID applicationId,
            UUID assistantId,
            boolean zaZyciem,
            LocalDate consentOn,
            boolean courtOrdered,
            LocalDate referredOn,
            LocalDate documentsReceivedOn,
            InformationCard card,
            WorkPlan workPlan,
            List<SupportItem> supportCatalogue,
            Ending ending,
            List<MonitoringNote> monitoringNotes) {}

    /** An assistant whose families miss the month's report, and how many. */
    record Missing(UUID assistantId, int families) {}

    private final DatabaseClient db;
    private final JsonMapper json;

    AssistanceStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<CaseRow> find(UUID applicationId) {
        return db.sql("select " + COLUMNS + " from family_assistance where application_id = :id")
                .bind("id", applicationId)
                .map((row, meta) -> caseRow(row))
                .one();
    }

    /** The row locked to the end of the transaction: changes to one family are serialised. */
    Mono<CaseRow> lock(UUID applicationId) {
        return db.sql("select " + COLUMNS + " from family_assistance where application_id = :id for update")
                .bind("id", applicationId)
                .map((row, meta) -> caseRow(row))
                .one();
    }

    /** Inserts the case at consent; false when one exists already (a second consent, or two at once). */
    Mono<Boolean> insert(
            UUID applicationId,
            UUID assistantId,
            boolean zaZyciem,
            LocalDate consentOn,
            boolean courtOrdered,
            LocalDate referredOn,
            LocalDate documentsReceivedOn,
            Instant at) {
        var spec = db.sql(
                        "insert into family_assistance (application_id, assistant_id, za_zyciem, consent_on, court_ordered, referred_on, "
                                + "documents_received_on, recorded_at, updated_at) values (:id, :assistant, :za, :consent, :court, :referred, :docs, :at, :at) "
                                + "on conflict (application_id) do nothing")
                .bind("id", applicationId)
                .bind("assistant", assistantId)
                .bind("za", zaZyciem)
                .bind("consent", consentOn)
                .bind("court", courtOrdered)
                .bind("at", utc(at));
        spec = referredOn == null ? spec.bindNull("referred", LocalDate.class) : spec.bind("referred", referredOn);
        spec = documentsReceivedOn == null
                ? spec.bindNull("docs", LocalDate.class)
                : spec.bind("docs", documentsReceivedOn);
        return spec.fetch().rowsUpdated().map(count -> count == 1);
    }

    /** The case was reassigned: its new assistant writes (and receives the reminders) from now on. */
    Mono<Void> takeOver(UUID applicationId, UUID assistantId) {
        return db.sql("update family_assistance set assistant_id = :assistant where application_id = :id")
                .bind("assistant", assistantId)
                .bind("id", applicationId)
                .then();
    }

    Mono<Void> saveDocument(UUID applicationId, String column, Object document, Instant at) {
        if (!List.of("card", "work_plan", "support_catalogue", "monitoring_notes")
                .contains(column)) {
            return Mono.error(new IllegalArgumentException(column));
        }
        return db.sql("update family_assistance set " + column + " = :doc, updated_at = :at where application_id = :id")
                .bind("doc", Json.of(json.writeValueAsString(document)))
                .bind("at", utc(at))
                .bind("id", applicationId)
                .then();
    }

    Mono<Void> end(UUID applicationId, Ending ending, Instant at) {
        var spec = db.sql("update family_assistance set ended_on = :on, end_reason = :reason, end_reason_text = :text, "
                        + "monitoring_until = :until, updated_at = :at where application_id = :id")
                .bind("on", ending.endedOn())
                .bind("reason", ending.reason().name())
                .bind("until", ending.monitoringUntil())
                .bind("at", utc(at))
                .bind("id", applicationId);
        spec = ending.reasonText() == null
                ? spec.bindNull("text", String.class)
                : spec.bind("text", ending.reasonText());
        return spec.then();
    }

    Flux<Visit> visits(UUID applicationId) {
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

    Mono<Void> insertVisit(UUID applicationId, Visit visit, UUID by, Instant at) {
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

    Flux<Assessment> assessments(UUID applicationId) {
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

    Mono<Void> insertAssessment(UUID applicationId, Assessment assessment, UUID by, Instant at) {
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

    Flux<MonthlyReport> reports(UUID applicationId) {
        return db.sql("select month, visit_count, total_minutes, contacts, goals_worked_on, summary, submitted_on "
                        + "from family_monthly_report where application_id = :id order by month")
                .bind("id", applicationId)
                .map((row, meta) -> report(row))
                .all();
    }

    Mono<MonthlyReport> report(UUID applicationId, YearMonth month) {
        return db.sql("select month, visit_count, total_minutes, contacts, goals_worked_on, summary, submitted_on "
                        + "from family_monthly_report where application_id = :id and month = :month")
                .bind("id", applicationId)
                .bind("month", month.atDay(1))
                .map((row, meta) -> report(row))
                .one();
    }

    /** Inserts the month's report; false when the month has one already. */
    Mono<Boolean> insertReport(UUID applicationId, MonthlyReport report, UUID by, Instant at) {
        return db.sql(
                        "insert into family_monthly_report (application_id, month, visit_count, total_minutes, contacts, goals_worked_on, "
                                + "summary, submitted_on, submitted_by, submitted_at) values (:app, :month, :count, :minutes, :contacts, :goals, "
                                + ":summary, :on, :by, :at) on conflict (application_id, month) do nothing")
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
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    Flux<Authorisation> authorisations(UUID applicationId) {
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

    Mono<Void> insertAuthorisation(UUID applicationId, Authorisation authorisation, Instant at) {
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

    /** Revokes an authorisation of the case that is not revoked yet; false otherwise. */
    Mono<Boolean> revoke(UUID applicationId, UUID authorisationId, LocalDate on) {
        return db.sql(
                        "update family_authorisation set revoked_on = :on where id = :id and application_id = :app and revoked_on is null")
                .bind("on", on)
                .bind("id", authorisationId)
                .bind("app", applicationId)
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
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
                .bind("at", utc(at))
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    private CaseRow caseRow(Readable row) {
        String card = row.get("card", String.class);
        String reason = row.get("end_reason", String.class);
        LocalDate endedOn = row.get("ended_on", LocalDate.class);
        Ending ending = endedOn == null
                ? null
                : new Ending(
                        endedOn,
                        Ending.EndReason.valueOf(reason),
                        row.get("end_reason_text", String.class),
                        row.get("monitoring_until", LocalDate.class));
        return new CaseRow(
                row.get("application_id", UUID.class),
                row.get("assistant_id", UUID.class),
                Boolean.TRUE.equals(row.get("za_zyciem", Boolean.class)),
                row.get("consent_on", LocalDate.class),
                Boolean.TRUE.equals(row.get("court_ordered", Boolean.class)),
                row.get("referred_on", LocalDate.class),
                row.get("documents_received_on", LocalDate.class),
                card == null ? null : json.readValue(card, InformationCard.class),
                new WorkPlan(Arrays.asList(json.readValue(row.get("work_plan", String.class), WorkPlan.Goal[].class))),
                Arrays.asList(json.readValue(row.get("support_catalogue", String.class), SupportItem[].class)),
                ending,
                Arrays.asList(json.readValue(row.get("monitoring_notes", String.class), MonitoringNote[].class)));
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
