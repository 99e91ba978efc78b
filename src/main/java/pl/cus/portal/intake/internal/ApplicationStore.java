package pl.cus.portal.intake.internal;

import static pl.cus.portal.intake.internal.ApplicationRows.COLUMNS;
import static pl.cus.portal.intake.internal.ApplicationRows.nullable;

import io.r2dbc.postgresql.codec.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.StatusChange;
import pl.cus.portal.intake.internal.Application.Change;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads and saves {@link Application}s (table {@code application}), their reference numbers and status history. It
 * decides no transition: {@link #save} writes what the aggregate decided, against the version it was decided on.
 * The staff lists and counts are {@link ApplicationQueries}.
 */
@Repository
class ApplicationStore {

    private final DatabaseClient db;
    private final ApplicationRows rows;

    ApplicationStore(DatabaseClient db, ApplicationRows rows) {
        this.db = db;
        this.rows = rows;
    }

    /**
     * Inserts the application unless this resident already used the idempotency key. True when inserted. A concurrent
     * insert with the same key waits for the other transaction and then reports the conflict (false), so exactly one
     * of racing submits creates the application.
     */
    Mono<Boolean> claim(Application app, Instant consentAt) {
        var spec = db.sql(
                        "insert into application (id, resident_id, idempotency_key, request_hash, kind, status, submitted_at, "
                                + "submitted_on, plan_due_date, needs, situation, services, household, contact_channel, contact_value, "
                                + "discretion, district, language, consent_at) values (:id, :resident, :key, :hash, :kind, :status, :at, "
                                + ":on, :due, :needs, :situation, :services, :household, :channel, :value, :discretion, :district, "
                                + ":language, :consent) on conflict (resident_id, idempotency_key) do nothing")
                .bind("id", app.id().value())
                .bind("resident", app.residentId())
                .bind("key", app.idempotencyKey())
                .bind("hash", app.requestHash())
                .bind("kind", app.kind().name())
                .bind("status", app.status().name())
                .bind("at", utc(app.submittedAt()))
                .bind("on", app.submittedOn())
                .bind("due", app.planDueDate())
                .bind("needs", app.needs())
                .bind("services", Json.of(rows.json(app.services())))
                .bind("household", Json.of(rows.json(app.household())))
                .bind("channel", app.contact().channel().name())
                .bind(
                        "discretion",
                        app.contact().discretion().stream()
                                .map(Enum::name)
                                .sorted()
                                .toArray(String[]::new))
                .bind("consent", utc(consentAt));
        spec = nullable(
                spec,
                "situation",
                app.situation() == null ? null : app.situation().name());
        spec = nullable(spec, "value", app.contact().value());
        spec = nullable(spec, "district", app.district());
        spec = nullable(spec, "language", app.language());
        return spec.fetch().rowsUpdated().map(count -> count == 1);
    }

    /** The next reference number for the year, e.g. {@code W/2026/000123}; the counter row stays locked to commit. */
    Mono<String> assignReference(ApplicationId id, int year) {
        return db.sql("insert into application_reference_counter (year, last_number) values (:year, 1) "
                        + "on conflict (year) do update set last_number = application_reference_counter.last_number + 1 "
                        + "returning last_number")
                .bind("year", year)
                .map(row -> row.get("last_number", Integer.class))
                .one()
                .map(number -> "W/%d/%06d".formatted(year, number))
                .flatMap(reference -> db.sql("update application set reference = :reference where id = :id")
                        .bind("reference", reference)
                        .bind("id", id.value())
                        .then()
                        .thenReturn(reference));
    }

    Mono<Application> find(ApplicationId id) {
        return db.sql("select " + COLUMNS + " from application where id = :id")
                .bind("id", id.value())
                .map((row, meta) -> rows.map(row))
                .one();
    }

    Mono<Application> findByKey(UUID residentId, String key) {
        return db.sql("select " + COLUMNS
                        + " from application where resident_id = :resident and idempotency_key = :key")
                .bind("resident", residentId)
                .bind("key", key)
                .map((row, meta) -> rows.map(row))
                .one();
    }

    /** The application with its row locked until the transaction ends: changes to one application queue up here. */
    Mono<Application> lock(ApplicationId id) {
        return db.sql("select " + COLUMNS + " from application where id = :id for update")
                .bind("id", id.value())
                .map((row, meta) -> rows.map(row))
                .one();
    }

    /**
     * Serialises assignments to one member of staff until the transaction ends, so that counting their open cases
     * and adding one cannot interleave with another assignment to them.
     */
    Mono<Void> lockAssignee(UUID assigneeId) {
        long key = assigneeId.getMostSignificantBits() ^ assigneeId.getLeastSignificantBits();
        return db.sql("select pg_advisory_xact_lock(:key)").bind("key", key).then();
    }

    /**
     * Saves what a transition decided if the row is still at the version it was decided on, and returns the saved
     * application; Conflict ({@code intake.error.changed}) when another change came first. Nothing is written for a
     * change that changed nothing.
     */
    Mono<Application> save(Change change) {
        if (!change.changed()) {
            return Mono.just(change.after());
        }
        Lifecycle next = change.after().lifecycle();
        var assignee = next.assignee();
        var decision = next.decision();
        var spec = db.sql("""
                        update application set status = :status, assignee_id = :assignee, assignee_username = :username,
                            assignee_name = :name, assignee_team = :team, assigned_at = :assignedAt,
                            plan_agreed_on = :agreedOn, plan_prepared_on = :preparedOn, closed_on = :closedOn,
                            decided_by = :decidedBy, forwarded_destination = :destination, forwarded_to = :to,
                            outcome_reason = :reason, appeal_information = :appeal, version = :version + 1
                        where id = :id and version = :version
                        """)
                .bind("status", next.status().name())
                .bind("id", change.before().id().value())
                .bind("version", change.before().version());
        spec = nullable(spec, "assignee", assignee == null ? null : assignee.id(), UUID.class);
        spec = nullable(spec, "username", assignee == null ? null : assignee.username());
        spec = nullable(spec, "name", assignee == null ? null : assignee.displayName());
        spec = nullable(spec, "team", assignee == null ? null : assignee.team());
        spec = nullable(spec, "assignedAt", utc(next.assignedAt()), OffsetDateTime.class);
        spec = nullable(spec, "agreedOn", next.planAgreedOn(), java.time.LocalDate.class);
        spec = nullable(spec, "preparedOn", next.planPreparedOn(), java.time.LocalDate.class);
        spec = nullable(spec, "closedOn", next.closedOn(), java.time.LocalDate.class);
        spec = nullable(spec, "decidedBy", decision == null ? null : decision.decidedBy(), UUID.class);
        spec = nullable(
                spec,
                "destination",
                decision == null || decision.destination() == null
                        ? null
                        : decision.destination().name());
        spec = nullable(spec, "to", decision == null ? null : decision.forwardedTo());
        spec = nullable(spec, "reason", decision == null ? null : decision.reason());
        spec = nullable(spec, "appeal", decision == null ? null : decision.appeal());
        return spec.fetch()
                .rowsUpdated()
                .flatMap(count -> count == 1 ? Mono.just(change.after()) : Mono.error(Refusals.changedMeanwhile()));
    }

    /** Appends a step to the history; {@code note}, when not null, is shown to the resident with it. */
    Mono<Void> addStatus(ApplicationId id, ApplicationStatus status, Instant at, String note) {
        var spec = db.sql(
                        "insert into application_status_change (application_id, seq, status, changed_at, note) "
                                + "select :id, coalesce(max(seq), 0) + 1, :status, :at, :note from application_status_change where application_id = :id")
                .bind("id", id.value())
                .bind("status", status.name())
                .bind("at", utc(at));
        return nullable(spec, "note", note).then();
    }

    /** Appends the change's new status to the history, when it moved the status. */
    Mono<Void> addStep(Change change, Instant at, String note) {
        var step = change.step();
        return step == null ? Mono.empty() : addStatus(change.after().id(), step, at, note);
    }

    Flux<StatusChange> history(ApplicationId id) {
        return db.sql(
                        "select status, changed_at, note from application_status_change where application_id = :id order by seq")
                .bind("id", id.value())
                .map((row, meta) -> new StatusChange(
                        ApplicationStatus.valueOf(row.get("status", String.class)),
                        row.get("changed_at", OffsetDateTime.class).toInstant(),
                        row.get("note", String.class)))
                .all();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
