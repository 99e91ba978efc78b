package pl.cus.portal.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends the mail outbox (decision 0017). A run claims due rows with {@code for update skip locked}, marking them
 * SENDING with a lease and counting the attempt in the same committed statement, so no other instance or run takes
 * them while the lease lasts; then sends each and marks it SENT, or PENDING with exponential back-off, or FAILED after
 * the last attempt. A crash between claim and mark leaves the row SENDING until the lease ends, then it is sent
 * again: at-least-once, duplicated only if the crash fell after the SMTP server accepted and before the mark.
 */
@Component
class MailDispatcher extends BackgroundSubscription {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final DatabaseClient db;
    private final SmtpTransport smtp;
    private final NotificationsProperties.Mail settings;
    private final Clock clock;

    MailDispatcher(DatabaseClient db, SmtpTransport smtp, NotificationsProperties properties, Clock clock) {
        this.db = db;
        this.smtp = smtp;
        this.settings = properties.mail();
        this.clock = clock;
    }

    @Override
    protected Disposable subscribe() {
        if (!smtp.configured()) {
            log.info("No spring.mail.host: e-mails are kept in the outbox as HELD");
            return reactor.core.Disposables.disposed();
        }
        return releaseHeld(clock.instant())
                .thenMany(Flux.interval(settings.pollInterval())
                        .onBackpressureDrop()
                        .concatMap(tick -> dispatch(smtp, clock.instant()).onErrorResume(e -> {
                            log.warn("Mail dispatch failed: {}", e.toString());
                            return Mono.just(0L);
                        })))
                .subscribe();
    }

    /** Mails kept while no SMTP server was configured become due now that one is. */
    Mono<Void> releaseHeld(Instant now) {
        return db.sql("update mail_outbox set status = 'PENDING', next_attempt_at = :now where status = 'HELD'")
                .bind("now", InboxStore.utc(now))
                .then();
    }

    /** One run: claims what is due at {@code now} and sends it through {@code transport}; gives how many it tried. */
    Mono<Long> dispatch(MailTransport transport, Instant now) {
        return claim(now)
                .concatMap(mail -> mail.attempt() > settings.maxAttempts()
                        ? mark(mail, "FAILED", null, "interrupted during the last attempt", now)
                        : Mono.fromCallable(() -> {
                                    transport.send(mail);
                                    return true;
                                })
                                .subscribeOn(Schedulers.boundedElastic())
                                .flatMap(sent -> mark(mail, "SENT", null, null, now))
                                .onErrorResume(e -> failed(mail, e, now)))
                .count();
    }

    Flux<OutgoingMail> claim(Instant now) {
        return db.sql(
                        "update mail_outbox set status = 'SENDING', attempts = attempts + 1, lease_until = :lease where id in ("
                                + "select id from mail_outbox where (status = 'PENDING' and next_attempt_at <= :now) "
                                + "or (status = 'SENDING' and lease_until <= :now) order by next_attempt_at limit :limit for update skip locked) "
                                + "returning id, recipient, sender_name, subject, body, attempts")
                .bind("lease", InboxStore.utc(now.plus(settings.lease())))
                .bind("now", InboxStore.utc(now))
                .bind("limit", settings.batchSize())
                .map(row -> new OutgoingMail(
                        row.get("id", UUID.class),
                        row.get("recipient", String.class),
                        row.get("sender_name", String.class),
                        row.get("subject", String.class),
                        row.get("body", String.class),
                        row.get("attempts", Integer.class)))
                .all();
    }

    private Mono<Boolean> failed(OutgoingMail mail, Throwable error, Instant now) {
        String reason =
                error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        if (mail.attempt() >= settings.maxAttempts()) {
            log.warn("Mail {} failed for good after {} attempts: {}", mail.id(), mail.attempt(), reason);
            return mark(mail, "FAILED", null, reason, now);
        }
        return mark(mail, "PENDING", now.plus(settings.backoff(mail.attempt())), reason, now);
    }

    /** Only the run holding this attempt's claim may mark it (a run whose lease ran out changes nothing). */
    private Mono<Boolean> mark(
            OutgoingMail mail, String status, @Nullable Instant next, @Nullable String error, Instant now) {
        var spec = db.sql(
                        "update mail_outbox set status = :status, lease_until = null, last_error = :error, last_attempt_at = :now, "
                                + "next_attempt_at = coalesce(:next, next_attempt_at), sent_at = case when :status = 'SENT' then :now else sent_at end "
                                + "where id = :id and status = 'SENDING' and attempts = :attempt")
                .bind("status", status)
                .bind("id", mail.id())
                .bind("attempt", mail.attempt())
                .bind("now", InboxStore.utc(now));
        spec = error == null
                ? spec.bindNull("error", String.class)
                : spec.bind("error", error.length() > 500 ? error.substring(0, 500) : error);
        spec = next == null ? spec.bindNull("next", OffsetDateTime.class) : spec.bind("next", InboxStore.utc(next));
        return spec.fetch().rowsUpdated().map(n -> n > 0);
    }
}
