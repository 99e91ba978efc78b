package pl.cus.portal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.StoredEvent;

/** Handing the projector events it has applied (a restart, another instance) creates no notification or mail twice. */
class ProjectorReplayTests extends PortalIntegrationTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    NotificationProjector projector;

    @Test
    void replayedEventsNotifyNobodyAgain() throws InterruptedException {
        String id = clientAs("anna")
                .post()
                .uri("/api/applications")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "kind",
                        "IPUS",
                        "serviceIds",
                        List.of("5e4f1ce0-0000-4000-8000-000000000001"),
                        "needs",
                        "powtórka",
                        "contact",
                        Map.of("channel", "EMAIL", "value", "anna@example.org"),
                        "consent",
                        true))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (mailsFor(id) == 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(mailsFor(id)).isEqualTo(1);

        long checkpoint = db.sql("select last_seq from notification_checkpoint")
                .map(r -> r.get("last_seq", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
        List<StoredEvent> applied = db.sql(
                        "select seq, occurred_at, type, aggregate_id, payload::text as payload from event_log "
                                + "where seq <= :cp and seq > :cp - 300 order by seq")
                .bind("cp", checkpoint)
                .map(r -> new StoredEvent(
                        r.get("seq", Long.class),
                        r.get("occurred_at", OffsetDateTime.class).toInstant(),
                        r.get("type", String.class),
                        r.get("aggregate_id", UUID.class),
                        r.get("payload", String.class)))
                .all()
                .collectList()
                .block(Duration.ofSeconds(10));
        Map<String, Object> before = counts();
        for (StoredEvent event : applied) {
            projector.handle(event).block(Duration.ofSeconds(5));
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(mailsFor(id)).isEqualTo(1);
    }

    private long mailsFor(String applicationId) {
        return db.sql(
                        "select count(*) as n from mail_outbox where event_seq in (select event_seq from notification where application_id = :app)")
                .bind("app", UUID.fromString(applicationId))
                .map(r -> r.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private Map<String, Object> counts() {
        return db.sql(
                        "select (select count(*) from notification) as notifications, (select count(*) from mail_outbox) as mails")
                .fetch()
                .one()
                .block(Duration.ofSeconds(5));
    }
}
