package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Contact;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes notifications to {@code notification_outbox} in the caller's transaction, so a notification exists exactly
 * when the change that caused it was committed; {@link OutboxRelay} sends them afterwards.
 */
@Component
class NotificationOutbox {

    private final DatabaseClient db;
    private final Notifications notifications;
    private final Clock clock;

    NotificationOutbox(DatabaseClient db, IntakeProperties properties, Clock clock) {
        this.db = db;
        this.notifications = new Notifications(properties.notifications().senderName(),
                properties.notifications().neutralSenderName());
        this.clock = clock;
    }

    /** Queues the notification the resident's preferences call for; nothing for contact through the portal only. */
    Mono<Void> queue(Notifications.Occasion occasion, UUID residentId, ApplicationId applicationId, Contact contact, String language) {
        return Mono.justOrEmpty(notifications.compose(occasion, contact, language))
                .flatMap(outgoing -> db.sql("insert into notification_outbox (id, resident_id, application_id, channel, recipient, "
                                + "sender_name, subject, body, created_at) values (:id, :resident, :app, :channel, :recipient, "
                                + ":sender, :subject, :body, :at)")
                        .bind("id", UUID.randomUUID())
                        .bind("resident", residentId)
                        .bind("app", applicationId.value())
                        .bind("channel", outgoing.channel().name())
                        .bind("recipient", outgoing.recipient())
                        .bind("sender", outgoing.senderName())
                        .bind("subject", outgoing.subject())
                        .bind("body", outgoing.body())
                        .bind("at", ApplicationStore.utc(clock.instant()))
                        .then());
    }

    record Pending(UUID id, String channel, String recipient) {
    }

    /** Takes up to {@code limit} unsent notifications and marks them sent; rows locked by another sender are skipped. */
    Flux<Pending> takeUnsent(int limit) {
        return db.sql("update notification_outbox set sent_at = :now where id in (select id from notification_outbox "
                        + "where sent_at is null order by created_at limit :limit for update skip locked) returning id, channel, recipient")
                .bind("now", ApplicationStore.utc(clock.instant()))
                .bind("limit", limit)
                .map((row, meta) -> new Pending(row.get("id", UUID.class), row.get("channel", String.class), row.get("recipient", String.class)))
                .all();
    }
}
