package pl.cus.portal.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.CusPortal;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/**
 * Two instances of the portal on one database: a change made through either is seen live by the other (its event
 * stream, its projection updates), and the projection applies each event once although both instances project.
 */
class TwoInstancesTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static ConfigurableApplicationContext second;

    @Autowired EventLog log;
    @Autowired EventStream stream;
    @Autowired DeadlineTracking tracking;
    @Autowired DeadlineBoard board;
    @Autowired Deadlines deadlines;
    @Autowired DatabaseClient db;

    @BeforeAll
    static void noSecondYet() {
        second = null;
    }

    @AfterAll
    static void stopSecond() {
        if (second != null) {
            second.close();
        }
    }

    private ConfigurableApplicationContext secondInstance(Environment first) {
        if (second == null) {
            second = new SpringApplication(CusPortal.class).run(
                    "--cus.embedded-db.enabled=false",
                    "--spring.r2dbc.url=" + first.getProperty("spring.r2dbc.url"),
                    "--spring.r2dbc.username=" + first.getProperty("spring.r2dbc.username"),
                    "--spring.r2dbc.password=" + first.getProperty("spring.r2dbc.password", ""),
                    "--server.port=0",
                    "--cus.demo-data=false",
                    "--cus.events.poll-interval=1s",
                    "--spring.main.banner-mode=off");
        }
        return second;
    }

    @Autowired Environment environment;

    @Test
    void eachInstanceSeesTheOthersChangesLiveAndTheProjectionAppliesThemOnce() {
        var other = secondInstance(environment);
        EventLog otherLog = other.getBean(EventLog.class);
        EventStream otherStream = other.getBean(EventStream.class);
        DeadlineTracking otherTracking = other.getBean(DeadlineTracking.class);
        LocalDate today = deadlines.today();

        // Made on this instance, seen live on the other: its raw stream and its board updates (after projection).
        UUID here = UUID.randomUUID();
        StepVerifier.create(otherTracking.updates().filter(event -> here.equals(event.aggregateId())
                                && event.type().equals("DeadlineStateChanged")).next()
                        .publishOn(Schedulers.boundedElastic()))
                .then(() -> log.append(ContractEvents.submitted(here, "IPUS", today.minusDays(31), today.minusDays(1))).block(WAIT))
                .assertNext(event -> assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(event.payload()).path("to").asString()).isEqualTo("OVERDUE"))
                .expectComplete()
                .verify(WAIT);

        // Made on the other instance, seen live here.
        UUID there = UUID.randomUUID();
        StepVerifier.create(stream.live().filter(event -> there.equals(event.aggregateId())).next()
                        .publishOn(Schedulers.boundedElastic()))
                .then(() -> otherLog.append(ContractEvents.submitted(there, "ZA_ZYCIEM", today, today.plusDays(30))).block(WAIT))
                .assertNext(event -> assertThat(event.type()).isEqualTo("ApplicationSubmitted"))
                .expectComplete()
                .verify(WAIT);
        StoredEvent plan = otherLog.append(new ContractEvents.PlanPrepared(there, today)).block(WAIT);
        tracking.awaitProjected(plan.sequence()).block(WAIT);
        otherTracking.awaitProjected(plan.sequence()).block(WAIT);
        assertThat(board.find(pl.cus.portal.deadlines.internal.DeadlineTrackingTestsAccess.director(), there).block(WAIT).state())
                .isEqualTo(DeadlineState.MET);
        assertThat(otherStream.lastSequence()).isGreaterThanOrEqualTo(plan.sequence());

        // Both instances project every event, yet each state change was recorded once, and one notice was written.
        assertThat(count("select count(*) as n from event_log where type = 'DeadlineStateChanged' and aggregate_id = :id", here)).isEqualTo(1);
        assertThat(count("select count(*) as n from staff_notification where application_id = :id", here)).isEqualTo(1);
        assertThat(count("select count(*) as n from event_log where type = 'DeadlineStateChanged' and aggregate_id = :id", there)).isEqualTo(2);

        // The midnight job on both instances: the second finds nothing left to do.
        UUID tomorrow = UUID.randomUUID();
        StoredEvent dueSoonTomorrow = log.append(ContractEvents.submitted(tomorrow, "IPUS", today, today.plusDays(8))).block(WAIT);
        tracking.awaitProjected(dueSoonTomorrow.sequence()).block(WAIT);
        LocalDate day = today.plusDays(1);
        long due = db.sql("select count(*) as n from tracked_deadline where next_change <= :day").bind("day", day)
                .map(row -> row.get("n", Long.class)).one().block(WAIT);
        int first = tracking.reevaluate(day).block(WAIT);
        assertThat(otherTracking.reevaluate(day).block(WAIT)).isZero();
        assertThat(first).isEqualTo(due).isPositive();
        assertThat(count("select count(*) as n from event_log where type = 'DeadlineStateChanged' and aggregate_id = :id", tomorrow)).isEqualTo(2);
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).bind("id", id).map(row -> row.get("n", Long.class)).one().block(WAIT);
    }
}
