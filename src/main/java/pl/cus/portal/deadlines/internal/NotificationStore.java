package pl.cus.portal.deadlines.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.deadlines.StaffNotification;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code staff_notification}: notices addressed to a role, written in the transaction of the change they report. */
@Repository
class NotificationStore {

    static final String OVERDUE_KEY = "deadlines.notification.overdue";

    private final DatabaseClient db;
    private final Clock clock;

    NotificationStore(DatabaseClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Mono<Void> insert(String role, String messageKey, String reference, UUID applicationId) {
        return db.sql(
                        "insert into staff_notification (id, recipient_role, message_key, reference, application_id, created_at) "
                                + "values (:id, :role, :key, :reference, :application, :at)")
                .bind("id", UUID.randomUUID())
                .bind("role", role)
                .bind("key", messageKey)
                .bind("reference", reference)
                .bind("application", applicationId)
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
                .then();
    }

    Flux<StaffNotification> recent(Collection<String> roles, int limit) {
        return db.sql(
                        "select id, message_key, reference, application_id, created_at, read_at from staff_notification "
                                + "where recipient_role in (:roles) order by (read_at is null) desc, created_at desc limit :limit")
                .bind("roles", roles)
                .bind("limit", limit)
                .map(row -> new StaffNotification(
                        row.get("id", UUID.class),
                        row.get("message_key", String.class),
                        row.get("reference", String.class),
                        row.get("application_id", UUID.class),
                        row.get("created_at", OffsetDateTime.class).toInstant(),
                        row.get("read_at", OffsetDateTime.class) != null))
                .all();
    }

    Mono<Long> unreadCount(Collection<String> roles) {
        return db.sql(
                        "select count(*) as n from staff_notification where recipient_role in (:roles) and read_at is null")
                .bind("roles", roles)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** Marks it read; empty when no notice with that id is addressed to one of the roles. */
    Mono<Long> markRead(UUID id, Collection<String> roles, UUID reader) {
        return db.sql(
                        "update staff_notification set read_at = coalesce(read_at, :at), read_by = coalesce(read_by, :reader) "
                                + "where id = :id and recipient_role in (:roles)")
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
                .bind("reader", reader)
                .bind("id", id)
                .bind("roles", roles)
                .fetch()
                .rowsUpdated()
                .filter(count -> count > 0);
    }
}
