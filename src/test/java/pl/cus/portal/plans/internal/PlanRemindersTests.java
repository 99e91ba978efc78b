package pl.cus.portal.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.plans.PlanFixtures;
import reactor.core.publisher.Flux;

/**
 * The daily reminder before a plan ends: once per plan and end day however often (or on however many instances) it
 * runs, only for plans in force, and the assigned coordinator sees it among their notifications.
 */
class PlanRemindersTests extends PortalIntegrationTest {

    static final UUID EWA = UUID.fromString("00000000-0000-0000-0000-000000000201");

    @Autowired
    PlanReminders reminders;

    @Autowired
    PlansProperties properties;

    @Autowired
    DatabaseClient db;

    @Autowired
    Clock clock;

    @Test
    void aPlanEndingWithinTheWindowIsRemindedOnceAndTheCoordinatorIsNotified() {
        assertThat(properties.endingReminderDays()).isEqualTo(14);
        LocalDate today = LocalDate.now(clock);
        var fixtures = new PlanFixtures(this::clientAs);
        LocalDate soonEnd = today.plusDays(10);
        String soon = fixtures.prepared(soonEnd.minusMonths(6).plusDays(1), soonEnd);
        LocalDate laterEnd = today.plusDays(15);
        String later = fixtures.prepared(laterEnd.minusMonths(6).plusDays(1), laterEnd);
        String notInForce = fixtures.assignedToEwa();
        fixtures.written(notInForce, soonEnd.minusMonths(6).plusDays(1), soonEnd);

        reminders.remind(today).block(Duration.ofSeconds(20));
        reminders.remind(today).block(Duration.ofSeconds(20));
        // Two instances at once: still one event.
        Flux.merge(reminders.remind(today), reminders.remind(today)).blockLast(Duration.ofSeconds(20));

        assertThat(events(soon)).isEqualTo(1);
        assertThat(events(later)).isZero();
        assertThat(events(notInForce)).isZero();
        // The day after, the later plan enters the window; the first is not reminded again.
        reminders.remind(today.plusDays(1)).block(Duration.ofSeconds(20));
        assertThat(events(later)).isEqualTo(1);
        assertThat(events(soon)).isEqualTo(1);

        List<Map<String, Object>> notes = awaitNotification(soon);
        assertThat(notes).extracting(row -> row.get("type")).containsExactly("PLAN_ENDING_SOON");
    }

    @Test
    void aClosedPlanIsNotReminded() {
        LocalDate today = LocalDate.now(clock);
        var fixtures = new PlanFixtures(this::clientAs);
        LocalDate end = today.plusDays(3);
        String id = fixtures.prepared(end.minusMonths(4).plusDays(1), end);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/plan/closure")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "summaryOn",
                        today.toString(),
                        "summaryNotes",
                        "Rozmowa podsumowująca.",
                        "courseAndResults",
                        "Cele osiągnięte.",
                        "outcome",
                        "COMPLETED"))
                .exchange()
                .expectStatus()
                .isOk();
        reminders.remind(today).block(Duration.ofSeconds(20));
        assertThat(events(id)).isZero();
    }

    private long events(String id) {
        return db.sql("select count(*) as n from event_log where type = 'PlanEndingSoon' and aggregate_id = :id")
                .bind("id", UUID.fromString(id))
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private List<Map<String, Object>> awaitNotification(String id) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<Map<String, Object>> rows = List.of();
        while (System.nanoTime() < until) {
            rows = db.sql(
                            "select type from notification where application_id = :app and recipient_id = :r and type = 'PLAN_ENDING_SOON'")
                    .bind("app", UUID.fromString(id))
                    .bind("r", EWA)
                    .fetch()
                    .all()
                    .collectList()
                    .block(Duration.ofSeconds(5));
            if (!rows.isEmpty()) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return rows;
    }
}
