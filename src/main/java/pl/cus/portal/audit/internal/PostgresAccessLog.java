package pl.cus.portal.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.audit.AccessEntry;
import pl.cus.portal.audit.AccessLog;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code access_log} table; a trigger refuses updates and deletes. */
@Component
class PostgresAccessLog implements AccessLog {

    static final int MAX_PURPOSE = 200;

    private final DatabaseClient db;
    private final Clock clock;

    PostgresAccessLog(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Mono<AccessEntry> record(Actor staff, UUID recordId, String purpose) {
        return Mono.defer(() -> {
            Role role = staff.roles().stream().filter(Role::isStaff).sorted().findFirst()
                    .orElseThrow(() -> new DomainException.Forbidden("Only staff access is recorded in the access log."));
            String why = purpose == null || purpose.isBlank() ? "record view" : truncate(purpose.strip());
            var entry = new AccessEntry(recordId, staff.displayName(), role, clock.instant(), why);
            return db.sql("insert into access_log (record_id, staff_id, staff_name, staff_role, purpose, accessed_at) "
                            + "values (:record, :staff, :name, :role, :purpose, :at)")
                    .bind("record", recordId)
                    .bind("staff", staff.id())
                    .bind("name", entry.who())
                    .bind("role", role.name())
                    .bind("purpose", why)
                    .bind("at", entry.at().atOffset(ZoneOffset.UTC))
                    .then()
                    .thenReturn(entry);
        });
    }

    @Override
    public Flux<AccessEntry> forRecord(UUID recordId) {
        return db.sql("select record_id, staff_name, staff_role, purpose, accessed_at from access_log "
                        + "where record_id = :record order by accessed_at, id")
                .bind("record", recordId)
                .map((row, meta) -> new AccessEntry(
                        row.get("record_id", UUID.class),
                        row.get("staff_name", String.class),
                        Role.valueOf(row.get("staff_role", String.class)),
                        row.get("accessed_at", OffsetDateTime.class).toInstant(),
                        row.get("purpose", String.class)))
                .all();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_PURPOSE ? text : text.substring(0, MAX_PURPOSE);
    }
}
