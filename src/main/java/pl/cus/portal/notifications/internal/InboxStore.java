package pl.cus.portal.notifications.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.notifications.Notification;
import pl.cus.portal.notifications.NotificationType;
import pl.cus.portal.notifications.OutboxEntry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The notification tables (V25__notifications.sql). Hand-written SQL. */
@Repository
class InboxStore {

    static final String CHECKPOINT = "notifications";

    record Matter(
            UUID applicationId,
            @Nullable UUID residentId,
            @Nullable String reference,
            @Nullable UUID assigneeId) {}

    record NewMail(
            long eventSeq,
            UUID recipientId,
            String recipient,
            String senderName,
            String subject,
            String body,
            String language,
            boolean held,
            Instant at) {}

    private final DatabaseClient db;

    InboxStore(DatabaseClient db) {
        this.db = db;
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    Mono<Long> lockCheckpoint() {
        return db.sql("select last_seq from notification_checkpoint where name = :name for update")
                .bind("name", CHECKPOINT)
                .map(row -> row.get("last_seq", Long.class))
                .one();
    }

    Mono<Long> checkpoint() {
        return db.sql("select last_seq from notification_checkpoint where name = :name")
                .bind("name", CHECKPOINT)
                .map(row -> row.get("last_seq", Long.class))
                .one();
    }

    Mono<Void> advanceCheckpoint(long seq) {
        return db.sql("update notification_checkpoint set last_seq = greatest(last_seq, :seq) where name = :name")
                .bind("seq", seq)
                .bind("name", CHECKPOINT)
                .then();
    }

    Mono<Matter> matter(UUID applicationId) {
        return db.sql(
                        "select application_id, resident_id, reference, assignee_id from notification_matter where application_id = :id")
                .bind("id", applicationId)
                .map(row -> new Matter(
                        row.get("application_id", UUID.class),
                        row.get("resident_id", UUID.class),
                        row.get("reference", String.class),
                        row.get("assignee_id", UUID.class)))
                .one();
    }

    Mono<Void> submitted(UUID applicationId, UUID residentId, String reference) {
        var spec = db.sql(
                        "insert into notification_matter (application_id, resident_id, reference) values (:id, :resident, :ref) "
                                + "on conflict (application_id) do update set resident_id = excluded.resident_id, reference = excluded.reference")
                .bind("id", applicationId);
        spec = residentId == null ? spec.bindNull("resident", UUID.class) : spec.bind("resident", residentId);
        spec = reference == null ? spec.bindNull("ref", String.class) : spec.bind("ref", reference);
        return spec.then();
    }

    Mono<Void> assigned(UUID applicationId, UUID assigneeId) {
        var spec = db.sql("insert into notification_matter (application_id, assignee_id) values (:id, :assignee) "
                        + "on conflict (application_id) do update set assignee_id = excluded.assignee_id")
                .bind("id", applicationId);
        return (assigneeId == null ? spec.bindNull("assignee", UUID.class) : spec.bind("assignee", assigneeId)).then();
    }

    /** Inserts the notification; false when this event already notified this recipient of this type. */
    Mono<Boolean> insertNotification(
            UUID recipient,
            NotificationType type,
            @Nullable UUID applicationId,
            @Nullable String reference,
            @Nullable String detail,
            long seq,
            Instant at) {
        var spec = db.sql(
                        "insert into notification (id, recipient_id, type, application_id, reference, detail, event_seq, created_at) "
                                + "values (:id, :recipient, :type, :app, :ref, :detail, :seq, :at) on conflict (event_seq, recipient_id, type) do nothing")
                .bind("id", UUID.randomUUID())
                .bind("recipient", recipient)
                .bind("type", type.name())
                .bind("seq", seq)
                .bind("at", utc(at));
        spec = applicationId == null ? spec.bindNull("app", UUID.class) : spec.bind("app", applicationId);
        spec = reference == null ? spec.bindNull("ref", String.class) : spec.bind("ref", reference);
        spec = detail == null ? spec.bindNull("detail", String.class) : spec.bind("detail", detail);
        return spec.fetch().rowsUpdated().map(n -> n > 0);
    }

    Mono<Void> insertMail(NewMail mail) {
        return db.sql(
                        "insert into mail_outbox (id, event_seq, recipient_id, recipient, sender_name, subject, body, language, status, "
                                + "next_attempt_at, created_at) values (:id, :seq, :rid, :to, :sender, :subject, :body, :lang, :status, :at, :at) "
                                + "on conflict (event_seq, recipient_id) do nothing")
                .bind("id", UUID.randomUUID())
                .bind("seq", mail.eventSeq())
                .bind("rid", mail.recipientId())
                .bind("to", mail.recipient())
                .bind("sender", mail.senderName())
                .bind("subject", mail.subject())
                .bind("body", mail.body())
                .bind("lang", mail.language())
                .bind("status", mail.held() ? "HELD" : "PENDING")
                .bind("at", utc(mail.at()))
                .then();
    }

    Mono<Map<NotificationType, Boolean>> mailSwitches(UUID accountId) {
        return db.sql("select type, email from notification_mail_preference where account_id = :id")
                .bind("id", accountId)
                .map(row ->
                        Map.entry(row.get("type", String.class), Boolean.TRUE.equals(row.get("email", Boolean.class))))
                .all()
                .filter(e -> known(e.getKey()))
                .collect(HashMap::new, (map, e) -> map.put(NotificationType.valueOf(e.getKey()), e.getValue()));
    }

    Mono<Void> setMailSwitch(UUID accountId, NotificationType type, boolean email) {
        return db.sql("insert into notification_mail_preference (account_id, type, email) values (:id, :type, :email) "
                        + "on conflict (account_id, type) do update set email = excluded.email")
                .bind("id", accountId)
                .bind("type", type.name())
                .bind("email", email)
                .then();
    }

    Flux<Notification> recent(UUID recipient, int limit) {
        return db.sql("select id, created_at, type, read_at, application_id, reference, detail from notification "
                        + "where recipient_id = :r order by created_at desc, event_seq desc limit :limit")
                .bind("r", recipient)
                .bind("limit", limit)
                .map(row -> new Notification(
                        row.get("id", UUID.class),
                        row.get("created_at", OffsetDateTime.class).toInstant(),
                        NotificationType.valueOf(row.get("type", String.class)),
                        row.get("read_at", OffsetDateTime.class) != null,
                        row.get("application_id", UUID.class),
                        row.get("reference", String.class),
                        row.get("detail", String.class)))
                .all();
    }

    Mono<Long> unread(UUID recipient) {
        return db.sql("select count(*) as n from notification where recipient_id = :r and read_at is null")
                .bind("r", recipient)
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** Marks read; false when there is no such notification of this recipient. */
    Mono<Boolean> markRead(UUID recipient, UUID id, Instant at) {
        return db.sql("update notification set read_at = coalesce(read_at, :at) where id = :id and recipient_id = :r")
                .bind("at", utc(at))
                .bind("id", id)
                .bind("r", recipient)
                .fetch()
                .rowsUpdated()
                .map(n -> n > 0);
    }

    Flux<OutboxEntry> outbox(int limit) {
        return db.sql("select id, recipient, subject, status, attempts, created_at, sent_at, last_error, "
                        + "case when status = 'HELD' then body end as held_body from mail_outbox "
                        + "order by created_at desc limit :limit")
                .bind("limit", limit)
                .map(row -> {
                    OffsetDateTime sent = row.get("sent_at", OffsetDateTime.class);
                    return new OutboxEntry(
                            row.get("id", UUID.class),
                            mask(row.get("recipient", String.class)),
                            row.get("subject", String.class),
                            row.get("status", String.class),
                            row.get("attempts", Integer.class),
                            row.get("created_at", OffsetDateTime.class).toInstant(),
                            sent == null ? null : sent.toInstant(),
                            row.get("last_error", String.class),
                            row.get("held_body", String.class));
                })
                .all();
    }

    /** {@code anna@example.org} becomes {@code a***@example.org}. */
    static String mask(String address) {
        if (address == null) {
            return "";
        }
        int at = address.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    private static boolean known(String type) {
        try {
            NotificationType.valueOf(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
