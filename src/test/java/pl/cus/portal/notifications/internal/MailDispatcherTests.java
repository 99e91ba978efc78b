package pl.cus.portal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import reactor.core.publisher.Mono;

/**
 * The dispatcher against the real database with an in-memory transport, called directly with explicit times: retry
 * with back-off, bounded attempts, and no mail sent twice by concurrent runs or after a crash between claim and mark.
 * Each test works far in the future of the previous one so that rows left by another test are never due.
 */
class MailDispatcherTests extends PortalIntegrationTest {

    private static final AtomicLong SEQ = new AtomicLong(-1_000_000 - (System.nanoTime() % 1_000_000));
    private static final AtomicLong YEAR = new AtomicLong(3000);

    @Autowired
    DatabaseClient db;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    NotificationsProperties properties;

    /** Remembers what was sent; fails the first {@code failures} attempts. */
    static final class MemoryTransport implements MailTransport {
        final List<UUID> sent = new CopyOnWriteArrayList<>();
        final AtomicInteger failures;

        MemoryTransport(int failures) {
            this.failures = new AtomicInteger(failures);
        }

        @Override
        public void send(OutgoingMail mail) throws Exception {
            if (failures.getAndDecrement() > 0) {
                throw new java.io.IOException("451 try again later");
            }
            sent.add(mail.id());
        }
    }

    @Test
    void aFailedMailIsRetriedWithGrowingWaitsAndSentOnce() {
        Instant t0 = start();
        UUID id = pending(t0);
        var transport = new MemoryTransport(2);
        Duration first = properties.mail().initialBackoff();

        assertThat(run(transport, t0)).isEqualTo(1);
        assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(((String) row(id).get("last_error"))).contains("451");
        assertThat(nextAttempt(id)).isEqualTo(t0.plus(first));
        // When it was tried: the administrator's outbox summary dates the latest error by it.
        assertThat(db.sql("select last_attempt_at from mail_outbox where id = :id")
                        .bind("id", id)
                        .map(r -> r.get("last_attempt_at", OffsetDateTime.class).toInstant())
                        .one()
                        .block(Duration.ofSeconds(5)))
                .isEqualTo(t0);

        assertThat(run(transport, t0.plus(first).minusSeconds(1)))
                .as("not due yet")
                .isZero();
        assertThat(run(transport, t0.plus(first))).isEqualTo(1);
        assertThat(nextAttempt(id)).isEqualTo(t0.plus(first).plus(first.multipliedBy(2)));

        Instant third = t0.plus(first.multipliedBy(3));
        assertThat(run(transport, third)).isEqualTo(1);
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 3);
        assertThat(transport.sent).containsExactly(id);
        assertThat(run(transport, third.plus(Duration.ofDays(1)))).isZero();
        assertThat(transport.sent).containsExactly(id);
    }

    @Test
    void afterTheLastAttemptTheMailIsFailedForTheAdministrator() {
        Instant now = start();
        UUID id = pending(now);
        var transport = new MemoryTransport(Integer.MAX_VALUE);
        for (int i = 0; i < properties.mail().maxAttempts(); i++) {
            run(transport, now);
            now = now.plus(properties.mail().maxBackoff());
        }
        assertThat(row(id))
                .containsEntry("status", "FAILED")
                .containsEntry("attempts", properties.mail().maxAttempts());
        assertThat(run(transport, now.plus(Duration.ofDays(30)))).isZero();
        assertThat(transport.sent).isEmpty();
    }

    @Test
    void aCrashBetweenClaimAndMarkIsSentOnceAfterTheLease() {
        Instant t0 = start();
        UUID id = pending(t0);
        // The instance claims the mail and dies before sending: the row stays SENDING with a lease.
        assertThat(dispatcher.claim(t0).collectList().block(Duration.ofSeconds(5)))
                .extracting(OutgoingMail::id)
                .contains(id);
        assertThat(row(id)).containsEntry("status", "SENDING");

        var transport = new MemoryTransport(0);
        Duration lease = properties.mail().lease();
        assertThat(run(transport, t0.plus(lease).minusSeconds(1)))
                .as("nobody takes it during the lease")
                .isZero();
        assertThat(run(transport, t0.plus(lease))).isEqualTo(1);
        assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);
        // A late mark from the dead run's claim (attempt 1) changes nothing, and nothing is sent again.
        assertThat(run(transport, t0.plus(lease.multipliedBy(10)))).isZero();
        assertThat(transport.sent).containsExactly(id);
    }

    @Test
    void twoInstancesRunningAtOnceSendEachMailOnce() {
        Instant now = start();
        List<UUID> ids = List.of(pending(now), pending(now), pending(now), pending(now), pending(now));
        var transport = new MemoryTransport(0);
        Mono.zip(dispatcher.dispatch(transport, now), dispatcher.dispatch(transport, now))
                .block(Duration.ofSeconds(20));
        run(transport, now);
        assertThat(transport.sent).containsExactlyInAnyOrderElementsOf(ids);
    }

    private Instant start() {
        return OffsetDateTime.parse(YEAR.getAndIncrement() + "-01-01T00:00:00Z").toInstant();
    }

    private long run(MailTransport transport, Instant now) {
        return dispatcher.dispatch(transport, now).block(Duration.ofSeconds(20));
    }

    private UUID pending(Instant due) {
        UUID id = UUID.randomUUID();
        db.sql(
                        "insert into mail_outbox (id, event_seq, recipient_id, recipient, sender_name, subject, body, language, status, "
                                + "next_attempt_at, created_at) values (:id, :seq, :rid, 'someone@example.org', 'CUS', 'Subject', 'Body', 'pl', "
                                + "'PENDING', :due, :due)")
                .bind("id", id)
                .bind("seq", SEQ.decrementAndGet())
                .bind("rid", UUID.randomUUID())
                .bind("due", InboxStore.utc(due))
                .then()
                .block(Duration.ofSeconds(5));
        return id;
    }

    private Map<String, Object> row(UUID id) {
        return db.sql("select status, attempts, last_error from mail_outbox where id = :id")
                .bind("id", id)
                .fetch()
                .one()
                .block(Duration.ofSeconds(5));
    }

    private Instant nextAttempt(UUID id) {
        return db.sql("select next_attempt_at from mail_outbox where id = :id")
                .bind("id", id)
                .map(r -> r.get("next_attempt_at", OffsetDateTime.class).toInstant())
                .one()
                .block(Duration.ofSeconds(5));
    }
}
