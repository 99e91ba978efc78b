package pl.cus.portal.plans.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanId;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanVersion;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Plans and their versions: tables {@code plan} and {@code plan_version}. */
@Repository
class PlanStore {

    private static final String PLAN_COLUMNS =
            "id, application_id, current_version, prepared_on, change_request, change_requested_at, "
                    + "closed_on, summary_on, summary_notes, course_and_results, closure_outcome, closure_reason, closed_by_name";
    private static final String VERSION_COLUMNS =
            "version, period_from, period_to, items::text as items, goals, reason, "
                    + "written_by_name, written_at, agreed_on, approved_on";

    /** A plan row: which version is current, whether the plan has counted as prepared, and its closure if closed. */
    record PlanRow(
            PlanId id,
            ApplicationId applicationId,
            int currentVersion,
            LocalDate preparedOn,
            String changeRequest,
            Instant changeRequestedAt,
            PlanClosure closure) {

        boolean closed() {
            return closure != null;
        }
    }

    /** Items are stored with plain string ids, independent of how the API records serialise. */
    record StoredItem(String serviceId, String serviceName, String provider, String place, String schedule) {}

    private final DatabaseClient db;
    private final JsonMapper json;

    PlanStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<PlanRow> find(ApplicationId id) {
        return db.sql("select " + PLAN_COLUMNS + " from plan where application_id = :id")
                .bind("id", id.value())
                .map((row, meta) -> plan(row))
                .one();
    }

    /** The plan row locked to the end of the transaction: agreement, approval and changes are serialised per plan. */
    Mono<PlanRow> lock(ApplicationId id) {
        return db.sql("select " + PLAN_COLUMNS + " from plan where application_id = :id for update")
                .bind("id", id.value())
                .map((row, meta) -> plan(row))
                .one();
    }

    Mono<Void> insert(PlanId id, ApplicationId applicationId) {
        return db.sql("insert into plan (id, application_id, current_version) values (:id, :application, 1)")
                .bind("id", id.value())
                .bind("application", applicationId.value())
                .then();
    }

    Mono<PlanVersion> version(PlanId id, int number) {
        return db.sql("select " + VERSION_COLUMNS + " from plan_version where plan_id = :id and version = :version")
                .bind("id", id.value())
                .bind("version", number)
                .map((row, meta) -> version(row))
                .one();
    }

    Flux<PlanVersion> versions(PlanId id) {
        return db.sql("select " + VERSION_COLUMNS + " from plan_version where plan_id = :id order by version")
                .bind("id", id.value())
                .map((row, meta) -> version(row))
                .all();
    }

    Mono<Void> insertVersion(PlanId id, PlanVersion version, UUID writerId) {
        var spec = db.sql(
                        "insert into plan_version (plan_id, version, period_from, period_to, goals, items, reason, written_by, "
                                + "written_by_name, written_at) values (:id, :version, :from, :to, :goals, :items, :reason, :by, :name, :at)")
                .bind("id", id.value())
                .bind("version", version.number());
        return bindContent(spec, version, writerId).then();
    }

    /** Rewrites a version that is neither agreed nor approved; false when it is frozen meanwhile. */
    Mono<Boolean> replaceVersion(PlanId id, PlanVersion version, UUID writerId) {
        var spec = db.sql(
                        "update plan_version set period_from = :from, period_to = :to, goals = :goals, items = :items, "
                                + "reason = :reason, written_by = :by, written_by_name = :name, written_at = :at "
                                + "where plan_id = :id and version = :version and agreed_on is null and approved_on is null")
                .bind("id", id.value())
                .bind("version", version.number());
        return bindContent(spec, version, writerId).fetch().rowsUpdated().map(count -> count == 1);
    }

    private DatabaseClient.GenericExecuteSpec bindContent(
            DatabaseClient.GenericExecuteSpec spec, PlanVersion version, UUID writerId) {
        List<StoredItem> items = version.items().stream()
                .map(item -> new StoredItem(
                        item.serviceId().value().toString(),
                        item.serviceName(),
                        item.provider(),
                        item.place(),
                        item.schedule()))
                .toList();
        spec = spec.bind("from", version.from())
                .bind("to", version.to())
                .bind("goals", version.goals())
                .bind("items", Json.of(json.writeValueAsString(items)))
                .bind("by", writerId)
                .bind("name", version.writtenBy())
                .bind("at", utc(version.writtenAt()));
        return version.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", version.reason());
    }

    /** Makes {@code number} the current version; a pending change request is answered by it. */
    Mono<Void> setCurrent(PlanId id, int number) {
        return db.sql(
                        "update plan set current_version = :version, change_request = null, change_requested_at = null where id = :id")
                .bind("id", id.value())
                .bind("version", number)
                .then();
    }

    Mono<Void> clearChangeRequest(PlanId id) {
        return db.sql("update plan set change_request = null, change_requested_at = null where id = :id")
                .bind("id", id.value())
                .then();
    }

    Mono<Void> agree(PlanId id, int number, LocalDate on) {
        return db.sql("update plan_version set agreed_on = :on where plan_id = :id and version = :version")
                .bind("on", on)
                .bind("id", id.value())
                .bind("version", number)
                .then();
    }

    Mono<Void> approve(PlanId id, int number, LocalDate on, UUID by) {
        return db.sql(
                        "update plan_version set approved_on = :on, approved_by = :by where plan_id = :id and version = :version")
                .bind("on", on)
                .bind("by", by)
                .bind("id", id.value())
                .bind("version", number)
                .then();
    }

    /** Sets the day the plan counted as prepared, once; false when it already had one. */
    Mono<Boolean> prepared(PlanId id, LocalDate on) {
        return db.sql("update plan set prepared_on = :on where id = :id and prepared_on is null")
                .bind("on", on)
                .bind("id", id.value())
                .fetch()
                .rowsUpdated()
                .map(count -> count == 1);
    }

    /** Closes the plan once; false when it was closed meanwhile. */
    Mono<Boolean> close(PlanId id, PlanClosure closure, UUID by) {
        var spec = db.sql("update plan set closed_on = :on, summary_on = :summaryOn, summary_notes = :notes, "
                        + "course_and_results = :course, closure_outcome = :outcome, closure_reason = :reason, closed_by = :by, "
                        + "closed_by_name = :name where id = :id and closed_on is null")
                .bind("on", closure.closedOn())
                .bind("summaryOn", closure.summaryOn())
                .bind("notes", closure.summaryNotes())
                .bind("course", closure.courseAndResults())
                .bind("outcome", closure.outcome().name())
                .bind("by", by)
                .bind("name", closure.closedBy())
                .bind("id", id.value());
        spec = closure.reason() == null ? spec.bindNull("reason", String.class) : spec.bind("reason", closure.reason());
        return spec.fetch().rowsUpdated().map(count -> count == 1);
    }

    Mono<Void> requestChanges(PlanId id, String message, Instant at) {
        return db.sql("update plan set change_request = :message, change_requested_at = :at where id = :id")
                .bind("message", message)
                .bind("at", utc(at))
                .bind("id", id.value())
                .then();
    }

    private static PlanRow plan(Readable row) {
        OffsetDateTime requestedAt = row.get("change_requested_at", OffsetDateTime.class);
        LocalDate closedOn = row.get("closed_on", LocalDate.class);
        PlanClosure closure = closedOn == null
                ? null
                : new PlanClosure(
                        closedOn,
                        row.get("summary_on", LocalDate.class),
                        row.get("summary_notes", String.class),
                        row.get("course_and_results", String.class),
                        PlanOutcome.valueOf(row.get("closure_outcome", String.class)),
                        row.get("closure_reason", String.class),
                        row.get("closed_by_name", String.class));
        return new PlanRow(
                new PlanId(row.get("id", UUID.class)),
                new ApplicationId(row.get("application_id", UUID.class)),
                row.get("current_version", Integer.class),
                row.get("prepared_on", LocalDate.class),
                row.get("change_request", String.class),
                requestedAt == null ? null : requestedAt.toInstant(),
                closure);
    }

    private PlanVersion version(Readable row) {
        StoredItem[] stored = json.readValue(row.get("items", String.class), StoredItem[].class);
        List<PlanItem> items = Arrays.stream(stored)
                .map(item -> new PlanItem(
                        ServiceId.of(item.serviceId()),
                        item.serviceName(),
                        item.provider(),
                        item.place(),
                        item.schedule()))
                .toList();
        return new PlanVersion(
                row.get("version", Integer.class),
                row.get("period_from", LocalDate.class),
                row.get("period_to", LocalDate.class),
                items,
                row.get("goals", String.class),
                row.get("reason", String.class),
                row.get("written_by_name", String.class),
                row.get("written_at", OffsetDateTime.class).toInstant(),
                row.get("agreed_on", LocalDate.class),
                row.get("approved_on", LocalDate.class));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
