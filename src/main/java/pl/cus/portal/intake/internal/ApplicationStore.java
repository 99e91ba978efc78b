package pl.cus.portal.intake.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Discretion;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.intake.StatusChange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Applications, their reference numbers and status history: tables {@code application*}. */
@Repository
class ApplicationStore {

    private static final String COLUMNS = "id, resident_id, idempotency_key, request_hash, reference, kind, status, submitted_at, "
            + "submitted_on, plan_due_date, plan_agreed_on, closed_on, needs, situation, services, household, contact_channel, "
            + "contact_value, discretion, district, language";

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
        var spec = db.sql("insert into application (id, resident_id, idempotency_key, request_hash, kind, status, submitted_at, "
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
                .bind("discretion", app.contact().discretion().stream().map(Enum::name).sorted().toArray(String[]::new))
                .bind("consent", utc(consentAt));
        spec = app.situation() == null ? spec.bindNull("situation", String.class) : spec.bind("situation", app.situation().name());
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
                        .bind("reference", reference).bind("id", id.value()).then().thenReturn(reference));
    }

    Mono<StoredApplication> find(ApplicationId id) {
        return db.sql("select " + COLUMNS + " from application where id = :id").bind("id", id.value())
                .map((row, meta) -> map(row)).one();
    }

    Mono<StoredApplication> findByKey(UUID residentId, String key) {
        return db.sql("select " + COLUMNS + " from application where resident_id = :resident and idempotency_key = :key")
                .bind("resident", residentId).bind("key", key)
                .map((row, meta) -> map(row)).one();
    }

    Flux<StoredApplication> ofResident(UUID residentId) {
        return db.sql("select " + COLUMNS + " from application where resident_id = :resident order by submitted_at desc, reference desc")
                .bind("resident", residentId)
                .map((row, meta) -> map(row)).all();
    }

    /** Marks the application withdrawn if it still may be; false when it was not (already withdrawn, plan agreed). */
    Mono<Boolean> withdraw(ApplicationId id, UUID residentId, LocalDate on) {
        return db.sql("update application set status = 'WITHDRAWN', closed_on = :on where id = :id and resident_id = :resident "
                        + "and status <> 'WITHDRAWN' and plan_agreed_on is null")
                .bind("on", on).bind("id", id.value()).bind("resident", residentId)
                .fetch().rowsUpdated().map(count -> count == 1);
    }

    Mono<Void> addStatus(ApplicationId id, ApplicationStatus status, Instant at) {
        return db.sql("insert into application_status_change (application_id, seq, status, changed_at) "
                        + "select :id, coalesce(max(seq), 0) + 1, :status, :at from application_status_change where application_id = :id")
                .bind("id", id.value()).bind("status", status.name()).bind("at", utc(at))
                .then();
    }

    Flux<StatusChange> history(ApplicationId id) {
        return db.sql("select status, changed_at from application_status_change where application_id = :id order by seq")
                .bind("id", id.value())
                .map((row, meta) -> new StatusChange(ApplicationStatus.valueOf(row.get("status", String.class)),
                        row.get("changed_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    private StoredApplication map(Readable row) {
        String situation = row.get("situation", String.class);
        String[] discretion = row.get("discretion", String[].class);
        EnumSet<Discretion> wishes = EnumSet.noneOf(Discretion.class);
        Arrays.stream(discretion == null ? new String[0] : discretion).map(Discretion::valueOf).forEach(wishes::add);
        var contact = new Contact(ContactChannel.valueOf(row.get("contact_channel", String.class)),
                row.get("contact_value", String.class), wishes);
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
                row.get("closed_on", LocalDate.class),
                row.get("needs", String.class),
                situation == null ? null : Situation.valueOf(situation),
                List.of(json.readValue(row.get("services", Json.class).asString(), ServiceSummary[].class)),
                List.of(json.readValue(row.get("household", Json.class).asString(), HouseholdMember[].class)),
                contact,
                row.get("district", String.class),
                row.get("language", String.class));
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
