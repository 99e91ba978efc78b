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
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanId;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans and their versions (tables {@code plan} and {@code plan_version}): loads and saves {@link IndividualPlan}
 * whole, with an optimistic check of its revision. It decides nothing about the plan's state.
 */
@Repository
class PlanStore {

    private static final String PLAN_COLUMNS = "p.id, p.application_id, p.prepared_on, p.change_request, "
            + "p.change_requested_at, p.closed_on, p.summary_on, p.summary_notes, p.course_and_results, "
            + "p.closure_outcome, p.closure_reason, p.closed_by, p.closed_by_name, p.revision";
    private static final String VERSION_COLUMNS = "v.version, v.period_from, v.period_to, v.items::text as items, "
            + "v.goals, v.reason, v.written_by, v.written_by_name, v.written_at, v.agreed_on, v.approved_on, v.approved_by";

    /** Items are stored with plain string ids, independent of how the API records serialise. */
    record StoredItem(String serviceId, String serviceName, String provider, String place, String schedule) {}

    private final DatabaseClient db;
    private final JsonMapper json;

    PlanStore(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The application's plan with its current version, or empty when none was written. */
    Mono<IndividualPlan> find(ApplicationId id) {
        return db.sql("select " + PLAN_COLUMNS + ", " + VERSION_COLUMNS + " from plan p join plan_version v "
                        + "on v.plan_id = p.id and v.version = p.current_version where p.application_id = :id")
                .bind("id", id.value())
                .map((row, meta) -> plan(row))
                .one();
    }

    /** Plans whose current version ends between {@code from} and {@code to}, both included, by end day. */
    Flux<IndividualPlan> endingBetween(LocalDate from, LocalDate to) {
        return db.sql("select " + PLAN_COLUMNS + ", " + VERSION_COLUMNS + " from plan p join plan_version v "
                        + "on v.plan_id = p.id and v.version = p.current_version "
                        + "where v.period_to between :from and :to order by v.period_to, p.id")
                .bind("from", from)
                .bind("to", to)
                .map((row, meta) -> plan(row))
                .all();
    }

    Flux<PlanVersion> versions(PlanId id) {
        return db.sql("select " + VERSION_COLUMNS + " from plan_version v where v.plan_id = :id order by v.version")
                .bind("id", id.value())
                .map((row, meta) -> version(row))
                .all();
    }

    /**
     * Saves the plan and its current version (earlier versions never change). A plan loaded at a revision that is no
     * longer the stored one was changed meanwhile: Conflict, and the caller's transaction rolls back.
     */
    Mono<Void> save(IndividualPlan plan) {
        Plan state = plan.state();
        boolean fresh = plan.revision() == IndividualPlan.UNSAVED;
        var spec = db.sql(
                        fresh
                                ? "insert into plan (id, application_id, current_version, prepared_on, change_request, "
                                        + "change_requested_at, revision) values (:id, :application, :version, :prepared, "
                                        + ":request, :requestedAt, 1)"
                                : "update plan set current_version = :version, prepared_on = :prepared, "
                                        + "change_request = :request, change_requested_at = :requestedAt, closed_on = :closedOn, "
                                        + "summary_on = :summaryOn, summary_notes = :notes, course_and_results = :course, "
                                        + "closure_outcome = :outcome, closure_reason = :reason, closed_by = :closedBy, "
                                        + "closed_by_name = :closedByName, revision = revision + 1 "
                                        + "where id = :id and revision = :revision")
                .bind("id", plan.id().value())
                .bind("version", state.current().number());
        spec = nullable(spec, "prepared", state.preparedOn(), LocalDate.class);
        spec = nullable(spec, "request", state.changeRequest(), String.class);
        spec = nullable(
                spec,
                "requestedAt",
                state.changeRequestedAt() == null ? null : utc(state.changeRequestedAt()),
                OffsetDateTime.class);
        if (fresh) {
            spec = spec.bind("application", state.applicationId().value());
        } else {
            spec = closure(spec, state.closure(), plan.closerId()).bind("revision", plan.revision());
        }
        return spec.fetch()
                .rowsUpdated()
                .flatMap(count -> count == 1
                        ? saveVersion(plan)
                        : Mono.error(new DomainException.Conflict(
                                "plans.error.race",
                                "Someone saved the plan at the same moment; reload it and try again.")));
    }

    private DatabaseClient.GenericExecuteSpec closure(
            DatabaseClient.GenericExecuteSpec spec, PlanClosure closure, UUID closedBy) {
        boolean open = closure == null;
        spec = nullable(spec, "closedOn", open ? null : closure.closedOn(), LocalDate.class);
        spec = nullable(spec, "summaryOn", open ? null : closure.summaryOn(), LocalDate.class);
        spec = nullable(spec, "notes", open ? null : closure.summaryNotes(), String.class);
        spec = nullable(spec, "course", open ? null : closure.courseAndResults(), String.class);
        spec = nullable(spec, "outcome", open ? null : closure.outcome().name(), String.class);
        spec = nullable(spec, "reason", open ? null : closure.reason(), String.class);
        spec = nullable(spec, "closedBy", closedBy, UUID.class);
        return nullable(spec, "closedByName", open ? null : closure.closedBy(), String.class);
    }

    /** Inserts the current version, or rewrites it while it is being edited, agreed or approved. */
    private Mono<Void> saveVersion(IndividualPlan plan) {
        PlanVersion version = plan.state().current();
        List<StoredItem> items = version.items().stream()
                .map(item -> new StoredItem(
                        item.serviceId().value().toString(),
                        item.serviceName(),
                        item.provider(),
                        item.place(),
                        item.schedule()))
                .toList();
        var spec = db.sql("insert into plan_version (plan_id, version, period_from, period_to, goals, items, reason, "
                        + "written_by, written_by_name, written_at, agreed_on, approved_on, approved_by) values (:id, "
                        + ":version, :from, :to, :goals, :items, :reason, :by, :name, :at, :agreed, :approved, :approver) "
                        + "on conflict (plan_id, version) do update set period_from = excluded.period_from, "
                        + "period_to = excluded.period_to, goals = excluded.goals, items = excluded.items, "
                        + "reason = excluded.reason, written_by = excluded.written_by, "
                        + "written_by_name = excluded.written_by_name, written_at = excluded.written_at, "
                        + "agreed_on = excluded.agreed_on, approved_on = excluded.approved_on, "
                        + "approved_by = excluded.approved_by")
                .bind("id", plan.id().value())
                .bind("version", version.number())
                .bind("from", version.from())
                .bind("to", version.to())
                .bind("goals", version.goals())
                .bind("items", Json.of(json.writeValueAsString(items)))
                .bind("by", plan.writerId())
                .bind("name", version.writtenBy())
                .bind("at", utc(version.writtenAt()));
        spec = nullable(spec, "reason", version.reason(), String.class);
        spec = nullable(spec, "agreed", version.agreedOn(), LocalDate.class);
        spec = nullable(spec, "approved", version.approvedOn(), LocalDate.class);
        return nullable(spec, "approver", plan.approverId(), UUID.class).then();
    }

    private static DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, Object value, Class<?> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private IndividualPlan plan(Readable row) {
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
        var state = new Plan(
                new PlanId(row.get("id", UUID.class)),
                new ApplicationId(row.get("application_id", UUID.class)),
                version(row),
                row.get("prepared_on", LocalDate.class),
                row.get("change_request", String.class),
                requestedAt == null ? null : requestedAt.toInstant(),
                List.of(),
                closure);
        return new IndividualPlan(
                state,
                row.get("written_by", UUID.class),
                row.get("approved_by", UUID.class),
                row.get("closed_by", UUID.class),
                row.get("revision", Long.class));
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
