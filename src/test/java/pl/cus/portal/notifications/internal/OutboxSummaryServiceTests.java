package pl.cus.portal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.notifications.MailOutboxStatus;
import pl.cus.portal.notifications.OutboxSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The administrator's summary of the outbox. Measured inside one repeatable-read transaction that is rolled back, so
 * mails that other tests create meanwhile do not change the differences this test counts, and nothing is left behind.
 */
class OutboxSummaryServiceTests extends PortalIntegrationTest {

    private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST_ATTEMPT = Instant.parse("2100-01-01T00:00:00Z");

    @Autowired
    OutboxSummaryService service;

    @Autowired
    MailOutboxStatus status;

    @Autowired
    DatabaseClient db;

    @Autowired
    ReactiveTransactionManager transactions;

    @Test
    void countsEachStateTheOldestWaitingMailAndTheLatestErrorAndSaysThatNoSmtpServerIsSet() {
        Instant now = Instant.now();
        var definition = new DefaultTransactionDefinition();
        definition.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        var measured = TransactionalOperator.create(transactions, definition)
                .execute(tx -> {
                    tx.setRollbackOnly();
                    return service.summary(now)
                            .flatMap(before -> insert("HELD", LONG_AGO, null, null)
                                    .then(insert(
                                            "PENDING",
                                            now.minusSeconds(60),
                                            "SMTPSendFailedException: 451 try later",
                                            now.minusSeconds(30)))
                                    .then(insert("SENDING", now.minusSeconds(10), null, null))
                                    .then(insert(
                                            "FAILED",
                                            now.minusSeconds(3600),
                                            "MailConnectException: Connection refused",
                                            LATEST_ATTEMPT))
                                    .then(insert("SENT", now.minusSeconds(7200), null, null))
                                    .then(service.summary(now))
                                    .map(after -> new Measured(before, after)));
                })
                .single()
                .block(Duration.ofSeconds(20));

        OutboxSummary before = measured.before();
        OutboxSummary after = measured.after();
        assertThat(after.held() - before.held()).isEqualTo(1);
        assertThat(after.pending() - before.pending()).isEqualTo(2);
        assertThat(after.failed() - before.failed()).isEqualTo(1);
        assertThat(after.sent() - before.sent()).isEqualTo(1);
        assertThat(after.oldestUnsentAge()).isEqualTo(Duration.between(LONG_AGO, now));
        assertThat(after.lastError()).isEqualTo("MailConnectException: Connection refused");
        assertThat(after.lastErrorAt()).isEqualTo(LATEST_ATTEMPT);
        // The test portal has no spring.mail.host: mail is held, and the view says why.
        assertThat(after.smtpConfigured()).isFalse();
    }

    @Test
    void onlyTheAdministratorSeesIt() {
        var coordinator = new Actor(UUID.randomUUID(), "ewa", "Ewa", java.util.Set.of(Role.COORDINATOR));
        StepVerifier.create(status.summary(coordinator))
                .expectError(DomainException.Forbidden.class)
                .verify(Duration.ofSeconds(10));
        var admin = new Actor(UUID.randomUUID(), "admin", "Admin", java.util.Set.of(Role.ADMIN));
        StepVerifier.create(status.summary(admin)).expectNextCount(1).verifyComplete();
    }

    private Mono<Void> insert(String state, Instant created, String error, Instant attempted) {
        var spec = db.sql(
                        "insert into mail_outbox (id, event_seq, recipient_id, recipient, sender_name, subject, body, language, "
                                + "status, attempts, next_attempt_at, sent_at, last_error, last_attempt_at, created_at) values (:id, :seq, :recipient, "
                                + "'someone@example.org', 'CUS', 'Test', 'Test', 'pl', :status, 1, :created, :sent, :error, :attempted, :created)")
                .bind("id", UUID.randomUUID())
                .bind("seq", -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE))
                .bind("recipient", UUID.randomUUID())
                .bind("status", state)
                .bind("created", created.atOffset(ZoneOffset.UTC));
        spec = "SENT".equals(state)
                ? spec.bind("sent", created.atOffset(ZoneOffset.UTC))
                : spec.bindNull("sent", java.time.OffsetDateTime.class);
        spec = error == null ? spec.bindNull("error", String.class) : spec.bind("error", error);
        spec = attempted == null
                ? spec.bindNull("attempted", java.time.OffsetDateTime.class)
                : spec.bind("attempted", attempted.atOffset(ZoneOffset.UTC));
        return spec.then();
    }

    private record Measured(OutboxSummary before, OutboxSummary after) {}
}
