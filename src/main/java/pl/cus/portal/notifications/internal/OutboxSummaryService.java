package pl.cus.portal.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import pl.cus.portal.notifications.MailOutboxStatus;
import pl.cus.portal.notifications.OutboxSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/** Reads the outbox's state for the administrator: two queries, nothing of any mail's content or recipient. */
@Service
class OutboxSummaryService implements MailOutboxStatus {

    private final DatabaseClient db;
    private final SmtpTransport smtp;
    private final Clock clock;

    OutboxSummaryService(DatabaseClient db, SmtpTransport smtp, Clock clock) {
        this.db = db;
        this.smtp = smtp;
        this.clock = clock;
    }

    @Override
    public Mono<OutboxSummary> summary(Actor admin) {
        if (!admin.has(Role.ADMIN)) {
            return Mono.error(new DomainException.Forbidden("Only the administrator sees the mail outbox."));
        }
        return summary(clock.instant());
    }

    Mono<OutboxSummary> summary(Instant now) {
        Mono<Counts> counts = db.sql("select count(*) filter (where status = 'HELD') as held, "
                        + "count(*) filter (where status in ('PENDING', 'SENDING')) as pending, "
                        + "count(*) filter (where status = 'FAILED') as failed, "
                        + "count(*) filter (where status = 'SENT') as sent, "
                        + "min(created_at) filter (where status in ('HELD', 'PENDING', 'SENDING')) as oldest_unsent "
                        + "from mail_outbox")
                .map(row -> new Counts(
                        row.get("held", Long.class),
                        row.get("pending", Long.class),
                        row.get("failed", Long.class),
                        row.get("sent", Long.class),
                        Optional.ofNullable(row.get("oldest_unsent", OffsetDateTime.class))))
                .one();
        Mono<Optional<LastError>> lastError = db.sql(
                        "select last_error, last_attempt_at from mail_outbox where last_error is not null "
                                + "order by last_attempt_at desc nulls last, created_at desc limit 1")
                .map(row -> new LastError(
                        row.get("last_error", String.class),
                        Optional.ofNullable(row.get("last_attempt_at", OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .one()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return counts.flatMap(c -> lastError.map(error -> new OutboxSummary(
                smtp.configured(),
                c.held(),
                c.pending(),
                c.failed(),
                c.sent(),
                c.oldestUnsent().map(oldest -> age(oldest.toInstant(), now)).orElse(null),
                error.map(LastError::text).orElse(null),
                error.map(LastError::at).orElse(null))));
    }

    private static Duration age(Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    private record Counts(long held, long pending, long failed, long sent, Optional<OffsetDateTime> oldestUnsent) {}

    private record LastError(String text, @Nullable Instant at) {}
}
