package pl.cus.portal.intake.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Discretion;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.intake.StatusChange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Applications, their reference numbers and status history: tables {@code application*}. */
@Repository
class ApplicationStore {

    private static final String COLUMNS =
            "id, resident_id, idempotency_key, request_hash, reference, kind, status, submitted_at, "
                    + "submitted_on, plan_due_date, plan_agreed_on, plan_prepared_on, closed_on, needs, situation, services, household, contact_channel, "
                    + "contact_value, discretion, district, language, assignee_id, assignee_username, assignee_name, assignee_team, version";
    private static final String OPEN = "('SUBMITTED', 'ASSIGNED', 'ASSESSED', 'PLAN_AGREED', 'PLAN_PREPARED')";

    private final DatabaseClient db;
    private final JsonMapper json;

    ApplicationStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Inserts the application unless this resident already used the idempotency key. True when inserted. A concurrent
     * insert with the same key waits for the other transaction and then reports the conflict (false), so exactly one
     * of racing submits creates the application.
     */
    Mono<Boolean> claim(StoredApplication app, Instant consentAt) {
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
                .bind("services", Json.of(json.writeValueAsString(app.services())))
                .bind("household", Json.of(json.writeValueAsString(app.household())))
                .bind("channel", app.contact().channel().name())
                .bind(
                        "discretion",
                        app.contact().discretion().stream()
                                .map(Enum::name)
                                .sorted()
                                .toArray(String[]::new))
                .bind("consent", utc(consentAt));
        spec = app.situation() == null
                ? spec.bindNull("situation", String.class)
                : spec.bind("situation", app.situation().name());
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

    Mono<StoredApplication> find(ApplicationId id) {
        return db.sql("select " + COLUMNS + " from application where id = :id")
                .bind("id", id.value())
                .map((row, meta) -> map(row))
                .one();
    }

    Mono<StoredApplication> findByKey(UUID residentId, String key) {
        return db.sql("select " + COLUMNS
                        + " from application where resident_id = :resident and idempotency_key = :key")
                .bind("resident", residentId)
                .bind("key", key)
                .map((row, meta) -> map(row))
                .one();
    }

    Flux<StoredApplication> ofResident(UUID residentId) {
        return db.sql("select " + COLUMNS
                        + " from application where resident_id = :resident order by submitted_at desc, reference desc")
                .bind("resident", residentId)
                .map((row, meta) -> map(row))
                .all();
    }

    /** Marks the application withdrawn if it still may be; false when it was not (closed meanwhile, plan agreed). */
    Mono<Boolean> withdraw(ApplicationId id, UUID residentId, LocalDate on) {
        return db.sql(
                        "update application set status = 'WITHDRAWN', closed_on = :on, version = version + 1 where id = :id "
                                + "and resident_id = :resident and status in " + OPEN + " and plan_agreed_on is null")
                .bind("on", on)
                .bind("id", id.value())
                .bind("resident", residentId)
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    Mono<Void> addStatus(ApplicationId id, ApplicationStatus status, Instant at) {
        return addStatus(id, status, at, null);
    }

    /** Appends a step to the history; {@code note} is shown to the resident with it. */
    Mono<Void> addStatus(ApplicationId id, ApplicationStatus status, Instant at, String note) {
        var spec = db.sql(
                        "insert into application_status_change (application_id, seq, status, changed_at, note) "
                                + "select :id, coalesce(max(seq), 0) + 1, :status, :at, :note from application_status_change where application_id = :id")
                .bind("id", id.value())
                .bind("status", status.name())
                .bind("at", utc(at));
        return nullable(spec, "note", note).then();
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

    /**
     * Staff lists, oldest first. {@code visibleTo}, when not null, keeps only unassigned applications and those
     * assigned to that member of staff (the coordinators' and family assistants' view).
     */
    Flux<StoredApplication> list(CaseQuery query, UUID visibleTo) {
        Filter filter = filter(query, visibleTo);
        String sql = "select " + COLUMNS + " from application" + filter.where() + " order by submitted_at, reference"
                + (query.limit() == null ? "" : " limit " + query.limit());
        return filter.bind(db.sql(sql)).map((row, meta) -> map(row)).all();
    }

    /** How many {@link #list} would give without a limit, counted by the database. */
    Mono<Long> count(CaseQuery query, UUID visibleTo) {
        Filter filter = filter(query, visibleTo);
        return filter.bind(db.sql("select count(*) as n from application" + filter.where()))
                .map(row -> row.get("n", Long.class))
                .one();
    }

    private record Filter(List<String> conditions, Map<String, Object> binds) {
        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
            for (var bind : binds.entrySet()) {
                spec = spec.bind(bind.getKey(), bind.getValue());
            }
            return spec;
        }
    }

    private static Filter filter(CaseQuery query, UUID visibleTo) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        if (visibleTo != null) {
            where.add("(assignee_id is null or assignee_id = :self)");
            binds.put("self", visibleTo);
        }
        if (!query.statuses().isEmpty()) {
            where.add("status = any(:statuses)");
            binds.put("statuses", query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (Boolean.TRUE.equals(query.unassigned())) {
            where.add("assignee_id is null");
        } else if (Boolean.FALSE.equals(query.unassigned())) {
            where.add("assignee_id is not null");
        }
        if (query.assigneeId() != null) {
            where.add("assignee_id = :assignee");
            binds.put("assignee", query.assigneeId());
        }
        if (query.kind() != null) {
            where.add("kind = :kind");
            binds.put("kind", query.kind().name());
        }
        if (query.district() != null && !query.district().isBlank()) {
            where.add("lower(district) = lower(:district)");
            binds.put("district", query.district().strip());
        }
        if (query.language() != null && !query.language().isBlank()) {
            where.add("language = :language");
            binds.put("language", query.language().strip());
        }
        if (query.text() != null && !query.text().isBlank()) {
            // Services are matched on their names only (the jsonb also holds ids, which are not text to search).
            where.add("(reference ilike :text escape '\\' or district ilike :text escape '\\' or exists (select 1 from "
                    + "jsonb_array_elements(services) service where service ->> 'name' ilike :text escape '\\'))");
            binds.put(
                    "text",
                    "%"
                            + query.text()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        return new Filter(where, binds);
    }

    /** The application with its row locked until the transaction ends: changes to one application queue up here. */
    Mono<StoredApplication> lock(ApplicationId id) {
        return db.sql("select " + COLUMNS + " from application where id = :id for update")
                .bind("id", id.value())
                .map((row, meta) -> map(row))
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

    /** Open applications per assignee, for workload panels. */
    Flux<Map.Entry<UUID, Long>> openCasesPerAssignee() {
        return db.sql("select assignee_id, count(*) as n from application where assignee_id is not null and status in "
                        + OPEN + " group by assignee_id")
                .map(row -> Map.entry(row.get("assignee_id", UUID.class), row.get("n", Long.class)))
                .all();
    }

    /** Open applications assigned to the member of staff, other than {@code except}. */
    Mono<Long> openCasesOf(UUID assigneeId, ApplicationId except) {
        return db.sql("select count(*) as n from application where assignee_id = :assignee and status in " + OPEN
                        + " and id <> :except")
                .bind("assignee", assigneeId)
                .bind("except", except.value())
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** Sets the assignee if the row is still at {@code version}; false when it moved on meanwhile. */
    Mono<Boolean> assign(StoredApplication app, Assignee assignee, ApplicationStatus status, Instant at) {
        var spec = db.sql(
                        "update application set assignee_id = :assignee, assignee_username = :username, assignee_name = :name, "
                                + "assignee_team = :team, assigned_at = :at, status = :status, version = version + 1 "
                                + "where id = :id and version = :version")
                .bind("assignee", assignee.id())
                .bind("username", assignee.username())
                .bind("name", assignee.displayName())
                .bind("at", utc(at))
                .bind("status", status.name())
                .bind("id", app.id().value())
                .bind("version", app.version());
        return nullable(spec, "team", assignee.team()).fetch().rowsUpdated().map(count -> count == 1);
    }

    /** Moves an open application to another status if the row is still at {@code version}. */
    Mono<Boolean> changeStatus(StoredApplication app, ApplicationStatus status) {
        return db.sql(
                        "update application set status = :status, version = version + 1 where id = :id and version = :version "
                                + "and status in " + OPEN)
                .bind("status", status.name())
                .bind("id", app.id().value())
                .bind("version", app.version())
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    /** Records the resident's agreement to the plan (the first date stays); withdrawal ends here. False when closed. */
    Mono<Boolean> planAgreed(ApplicationId id, LocalDate on) {
        return db.sql(
                        "update application set plan_agreed_on = coalesce(plan_agreed_on, :on), status = case when status in "
                                + "('SUBMITTED', 'ASSIGNED', 'ASSESSED') then 'PLAN_AGREED' else status end, version = version + 1 "
                                + "where id = :id and status in " + OPEN)
                .bind("on", on)
                .bind("id", id.value())
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    /** Records once the day the plan was prepared (agreed and approved). False when already recorded or closed. */
    Mono<Boolean> planPrepared(ApplicationId id, LocalDate on) {
        return db.sql("update application set plan_prepared_on = :on, plan_agreed_on = coalesce(plan_agreed_on, :on), "
                        + "status = 'PLAN_PREPARED', version = version + 1 "
                        + "where id = :id and plan_prepared_on is null and status in " + OPEN)
                .bind("on", on)
                .bind("id", id.value())
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    /** Closes an open application whose plan was prepared, after the plan's summary. False when closed meanwhile. */
    Mono<Boolean> planClosed(ApplicationId id, LocalDate on) {
        return db.sql("update application set status = 'CLOSED', closed_on = :on, version = version + 1 "
                        + "where id = :id and plan_prepared_on is not null and status in " + OPEN)
                .bind("on", on)
                .bind("id", id.value())
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    /** Closes an open application as forwarded (with where to) or not qualified; the outcome is kept with the row. */
    Mono<Boolean> close(
            StoredApplication app,
            ApplicationStatus status,
            LocalDate on,
            UUID decidedBy,
            Forwarding forwarding,
            String reason,
            String appealInformation) {
        var spec = db.sql("update application set status = :status, closed_on = :on, decided_by = :by, "
                        + "forwarded_destination = :destination, forwarded_to = :to, outcome_reason = :reason, "
                        + "appeal_information = :appeal, version = version + 1 where id = :id and version = :version and status in "
                        + OPEN)
                .bind("status", status.name())
                .bind("on", on)
                .bind("by", decidedBy)
                .bind("id", app.id().value())
                .bind("version", app.version());
        spec = nullable(
                spec,
                "destination",
                forwarding == null ? null : forwarding.destination().name());
        spec = nullable(spec, "to", forwarding == null ? null : forwarding.destinationName());
        spec = nullable(spec, "reason", reason);
        spec = nullable(spec, "appeal", appealInformation);
        return spec.fetch().rowsUpdated().map(count -> count == 1);
    }

    private StoredApplication map(Readable row) {
        String situation = row.get("situation", String.class);
        String[] discretion = row.get("discretion", String[].class);
        EnumSet<Discretion> wishes = EnumSet.noneOf(Discretion.class);
        Arrays.stream(discretion == null ? new String[0] : discretion)
                .map(Discretion::valueOf)
                .forEach(wishes::add);
        var contact = new Contact(
                ContactChannel.valueOf(row.get("contact_channel", String.class)),
                row.get("contact_value", String.class),
                wishes);
        return new StoredApplication(
                new ApplicationId(row.get("id", UUID.class)),
                row.get("resident_id", UUID.class),
                row.get("idempotency_key", String.class),
                row.get("request_hash", String.class),
                row.get("reference", String.class),
                ApplicationKind.valueOf(row.get("kind", String.class)),
                ApplicationStatus.valueOf(row.get("status", String.class)),
                row.get("submitted_at", OffsetDateTime.class).toInstant(),
                row.get("submitted_on", LocalDate.class),
                row.get("plan_due_date", LocalDate.class),
                row.get("plan_agreed_on", LocalDate.class),
                row.get("plan_prepared_on", LocalDate.class),
                row.get("closed_on", LocalDate.class),
                row.get("needs", String.class),
                situation == null ? null : Situation.valueOf(situation),
                List.of(json.readValue(row.get("services", Json.class).asString(), ServiceSummary[].class)),
                List.of(json.readValue(row.get("household", Json.class).asString(), HouseholdMember[].class)),
                contact,
                row.get("district", String.class),
                row.get("language", String.class),
                row.get("assignee_id", UUID.class),
                row.get("assignee_username", String.class),
                row.get("assignee_name", String.class),
                row.get("assignee_team", String.class),
                row.get("version", Long.class));
    }

    private static DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
