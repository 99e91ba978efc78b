package pl.cus.portal.audit.internal;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.audit.AccessEntry;
import pl.cus.portal.audit.AccessLog;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditEntry;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code access_log} table; a trigger refuses updates and deletes. */
@Component
class PostgresAuditTrail implements AccessLog, AuditTrail {

    static final int MAX_PURPOSE = 1000;
    private static final String COLUMNS =
            "id, record_id, staff_id, staff_name, staff_username, staff_role, action, record_label, "
                    + "purpose, accessed_at";

    private final DatabaseClient db;
    private final Clock clock;

    PostgresAuditTrail(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Mono<AccessEntry> record(Actor staff, UUID recordId, String purpose) {
        return record(staff, AuditAction.READ, recordId, null, purpose)
                .map(entry -> new AccessEntry(recordId, entry.actorName(), entry.role(), entry.at(), entry.purpose()));
    }

    @Override
    public Mono<AuditEntry> record(
            Actor actor, AuditAction action, UUID recordId, @Nullable String recordLabel, @Nullable String why) {
        return Mono.defer(() -> {
            Role role = roleOf(actor, action);
            String reason = why == null || why.isBlank() ? defaultReason(action) : truncate(why.strip());
            Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var spec = db.sql(
                            "insert into access_log (record_id, staff_id, staff_name, staff_username, staff_role, action, "
                                    + "record_label, purpose, accessed_at) values (:record, :staff, :name, :username, :role, :action, "
                                    + ":label, :purpose, :at) returning id")
                    .bind("record", recordId)
                    .bind("staff", actor.id())
                    .bind("name", actor.displayName())
                    .bind("username", actor.username())
                    .bind("role", role.name())
                    .bind("action", action.name())
                    .bind("purpose", reason)
                    .bind("at", at.atOffset(ZoneOffset.UTC));
            spec = recordLabel == null ? spec.bindNull("label", String.class) : spec.bind("label", recordLabel);
            return spec.map(row -> row.get("id", Long.class))
                    .one()
                    .map(id -> new AuditEntry(
                            id,
                            at,
                            actor.id(),
                            actor.displayName(),
                            actor.username(),
                            role,
                            action,
                            recordId,
                            recordLabel,
                            reason));
        });
    }

    /** Reads are staff's; a resident appears in the trail only for a change they make themselves (a withdrawal). */
    private static Role roleOf(Actor actor, AuditAction action) {
        return actor.roles().stream()
                .filter(Role::isStaff)
                .sorted()
                .findFirst()
                .or(() -> actor.isResident() && action != AuditAction.READ && action != AuditAction.DENIED
                        ? java.util.Optional.of(Role.RESIDENT)
                        : java.util.Optional.empty())
                .orElseThrow(() -> new DomainException.Forbidden("Only staff access is recorded in the access log."));
    }

    @Override
    public Flux<AccessEntry> forRecord(UUID recordId) {
        return db.sql("select " + COLUMNS
                        + " from access_log where record_id = :record and action = 'READ' order by accessed_at, id")
                .bind("record", recordId)
                .map((row, meta) -> {
                    AuditEntry entry = map(row);
                    return new AccessEntry(
                            entry.recordId(), entry.actorName(), entry.role(), entry.at(), entry.purpose());
                })
                .all();
    }

    @Override
    public Flux<AuditEntry> browse(Actor actor, AuditQuery query) {
        return Flux.defer(() -> {
            if (!actor.hasAny(Role.ORGANISER, Role.DIRECTOR)) {
                return Flux.error(
                        new DomainException.Forbidden("Only the organiser and the director browse the audit trail."));
            }
            List<String> where = new ArrayList<>();
            Map<String, Object> binds = new LinkedHashMap<>();
            if (query.recordId() != null) {
                where.add("record_id = :record");
                binds.put("record", query.recordId());
            }
            if (query.recordLabel() != null && !query.recordLabel().isBlank()) {
                where.add("upper(record_label) = upper(:label)");
                binds.put("label", query.recordLabel().strip());
            }
            if (query.actor() != null && !query.actor().isBlank()) {
                where.add("(staff_username = :actor or staff_name ilike :actorLike escape '\\')");
                binds.put("actor", query.actor().strip());
                binds.put("actorLike", "%" + escapeLike(query.actor().strip()) + "%");
            }
            if (query.action() != null) {
                where.add("action = :action");
                binds.put("action", query.action().name());
            }
            if (query.from() != null) {
                where.add("accessed_at >= :from");
                binds.put("from", query.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
            }
            if (query.to() != null) {
                where.add("accessed_at < :to");
                binds.put(
                        "to",
                        query.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
            }
            int limit = query.limit() == null
                    ? AuditQuery.DEFAULT_LIMIT
                    : Math.clamp(query.limit(), 1, AuditQuery.MAX_LIMIT);
            String sql = "select " + COLUMNS + " from access_log"
                    + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                    + " order by accessed_at desc, id desc limit " + limit;
            var spec = db.sql(sql);
            for (var bind : binds.entrySet()) {
                spec = spec.bind(bind.getKey(), bind.getValue());
            }
            return spec.map((row, meta) -> map(row)).all();
        });
    }

    private static AuditEntry map(Readable row) {
        return new AuditEntry(
                row.get("id", Long.class),
                row.get("accessed_at", OffsetDateTime.class).toInstant(),
                row.get("staff_id", UUID.class),
                row.get("staff_name", String.class),
                row.get("staff_username", String.class),
                Role.valueOf(row.get("staff_role", String.class)),
                AuditAction.valueOf(row.get("action", String.class)),
                row.get("record_id", UUID.class),
                row.get("record_label", String.class),
                row.get("purpose", String.class));
    }

    private static String defaultReason(AuditAction action) {
        return action == AuditAction.READ
                ? "record view"
                : action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String truncate(String text) {
        return text.length() <= MAX_PURPOSE ? text : text.substring(0, MAX_PURPOSE);
    }
}
