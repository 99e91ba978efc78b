package pl.cus.portal.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.plans.PlanPrepared;
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

    @Autowired
    EventLog log;

    @Autowired
    EventStream stream;

    @Autowired
    DeadlineTracking tracking;

    @Autowired
    DeadlineBoard board;

    @Autowired
    Deadlines deadlines;

    @Autowired
    DatabaseClient db;

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
            second = new SpringApplication(CusPortal.class)
                    .run(
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

    @Autowired
    Environment environment;

    @Test
    void eachInstanceSeesTheOthersChangesLiveAndTheProjectionAppliesThemOnce() {
        var other = secondInstance(environment);
        EventLog otherLog = other.getBean(EventLog.class);
        EventStream otherStream = other.getBean(EventStream.class);
        DeadlineTracking otherTracking = other.getBean(DeadlineTracking.class);
        LocalDate today = deadlines.today();

        // Made on this instance, seen live on the other: its raw stream and its board updates (after projection).
        UUID here = UUID.randomUUID();
        StepVerifier.create(otherTracking
                        .updates()
                        .filter(event ->
                                here.equals(event.aggregateId()) && event.type().equals("DeadlineStateChanged"))
                        .next()
                        .publishOn(Schedulers.boundedElastic()))
                .then(() -> log.append(ContractEvents.submitted(here, "IPUS", today.minusDays(31), today.minusDays(1)))
                        .block(WAIT))
                .assertNext(event -> assertThat(tools.jackson.databind.json.JsonMapper.builder()
                                .build()
                                .readTree(event.payload())
                                .path("to")
                                .asString())
                        .isEqualTo("OVERDUE"))
                .expectComplete()
                .verify(WAIT);

        // Made on the other instance, seen live here.
        UUID there = UUID.randomUUID();
        StepVerifier.create(stream.live()
                        .filter(event -> there.equals(event.aggregateId()))
                        .next()
                        .publishOn(Schedulers.boundedElastic()))
                .then(() -> otherLog.append(ContractEvents.submitted(there, "ZA_ZYCIEM", today, today.plusDays(30)))
                        .block(WAIT))
                .assertNext(event -> assertThat(event.type()).isEqualTo("ApplicationSubmitted"))
                .expectComplete()
                .verify(WAIT);
        StoredEvent plan = otherLog.append(new PlanPrepared(there, today)).block(WAIT);
        tracking.awaitProjected(plan.sequence()).block(WAIT);
        otherTracking.awaitProjected(plan.sequence()).block(WAIT);
        assertThat(board.find(pl.cus.portal.deadlines.internal.DeadlineTrackingTestsAccess.director(), there)
                        .block(WAIT)
                        .state())
                .isEqualTo(DeadlineState.MET);
        assertThat(otherStream.lastSequence()).isGreaterThanOrEqualTo(plan.sequence());

        // Both instances project every event, yet each state change was recorded once, and one notice was written.
        assertThat(count(
                        "select count(*) as n from event_log where type = 'DeadlineStateChanged' and aggregate_id = :id",
                        here))
                .isEqualTo(1);
        assertThat(count("select count(*) as n from staff_notification where application_id = :id", here))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) as n from event_log where type = 'DeadlineStateChanged' and aggregate_id = :id",
                        there))
                .isEqualTo(2);

        // The midnight job on both instances: the second finds nothing left to do.
        UUID tomorrow = UUID.randomUUID();
        StoredEvent dueSoonTomorrow = log.append(ContractEvents.submitted(tomorrow, "IPUS", today, today.plusDays(8)))
                .block(WAIT);
        tracking.awaitProjected(dueSoonTomorrow.sequence()).block(WAIT);
        LocalDate day = today.plusDays(1);
        long due = db.sql("select count(*) as n from tracked_deadline where next_change <= :day")
                .bind("day", day)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(WAIT);
        int first = tracking.reevaluate(day).block(WAIT);
        assertThat(otherTracking.reevaluate(day).block(WAIT)).isZero();
        assertThat(first).isEqualTo(due).isPositive();
        assertThat(count(
                        "select count(*) as n from event_log where type = 'DeadlineStateChanged' and aggregate_id = :id",
                        tomorrow))
                .isEqualTo(2);
    }

    /**
     * Drill 3 (issue 9), over HTTP: a resident's submission through this instance reaches a coordinator's live event
     * stream on the other one, and an organiser assigning the same application from both instances at once ends with
     * one assignee: one answer is 200, the other 409.
     */
    @Test
    void aSubmissionOnOneInstanceIsLiveOnTheOthersStreamAndARacedAssignmentHasOneWinner() throws Exception {
        var other = secondInstance(environment);
        int otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();

        var events = new java.util.concurrent.LinkedBlockingQueue<String>();
        var connected = new java.util.concurrent.CountDownLatch(1);
        var response = http.sendAsync(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + otherPort + "/api/backoffice/events"))
                        .header("Authorization", basic("ewa"))
                        .header("Accept", "text/event-stream")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofLines());
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                response.get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                        .body()
                        .forEach(line -> {
                            if (line.startsWith(":")) {
                                connected.countDown();
                            }
                            events.add(line);
                        });
            } catch (Exception closed) {
                // Ends with the test.
            }
        });
        try {
            assertThat(connected.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                    .as("stream on the other instance")
                    .isTrue();
            long sent = System.nanoTime();
            String id = submit(pl.cus.portal.triage.TriageFixtures.ANNA);
            String line;
            do {
                line = events.poll(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                assertThat(line)
                        .as("the submission made here arrives on the other instance's stream")
                        .isNotNull();
            } while (!line.contains(id));
            long arrivedMillis = (System.nanoTime() - sent) / 1_000_000;

            int races = 5;
            for (int race = 0; race < races; race++) {
                String contested = submit(pl.cus.portal.triage.TriageFixtures.OLENA);
                var there = org.springframework.test.web.reactive.server.WebTestClient.bindToServer(connector())
                        .baseUrl("http://127.0.0.1:" + otherPort)
                        .defaultHeaders(h -> h.setBasicAuth("jan", "demo"))
                        .build();
                var start = new java.util.concurrent.CountDownLatch(1);
                var fromHere =
                        java.util.concurrent.CompletableFuture.supplyAsync(() -> assignHere(contested, "ewa", start));
                var fromThere = java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> assign(there, contested, "piotr", start));
                start.countDown();
                int a = fromHere.get(60, java.util.concurrent.TimeUnit.SECONDS);
                int b = fromThere.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(List.of(a, b))
                        .as("race %d: one wins, the other is told it lost", race)
                        .containsExactlyInAnyOrder(200, 409);
                String winner = a == 200 ? "ewa" : "piotr";
                assertThat(db.sql("select assignee_username from application where id = :id")
                                .bind("id", UUID.fromString(contested))
                                .map(row -> row.get("assignee_username", String.class))
                                .one()
                                .block(WAIT))
                        .isEqualTo(winner);
                assertThat(count(
                                "select count(*) as n from event_log where type = 'ApplicationAssigned' and aggregate_id = :id",
                                UUID.fromString(contested)))
                        .isEqualTo(1);
            }
            System.out.printf(
                    "[drill 3] two instances on one database: a submission on A reached B's event stream (HTTP SSE) in %d ms; "
                            + "%d assignment races from both ends (A's service, B's HTTP API), each with one 200 and one 409 and one assignee%n",
                    arrivedMillis, races);
        } finally {
            response.cancel(true);
            reader.interrupt();
        }
    }

    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @Autowired
    pl.cus.portal.intake.Applications applications;

    @Autowired
    pl.cus.portal.triage.CaseAssignments assignments;

    /**
     * Through this instance's services: a second context in the same JVM replaces Spring Security's global context
     * holder strategy, so HTTP requests to this (first) instance no longer see their sign-in once the other has started.
     */
    private String submit(pl.cus.portal.shared.Actor resident) {
        return pl.cus.portal.triage.TriageFixtures.submitIpus(
                        applications, resident, "Zatorze", "pl", "Dwie instancje " + UUID.randomUUID())
                .id()
                .value()
                .toString();
    }

    private int assignHere(String id, String assignee, java.util.concurrent.CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return assignments
                .assign(
                        pl.cus.portal.triage.TriageFixtures.JAN,
                        pl.cus.portal.intake.ApplicationId.of(id),
                        assignee,
                        "Wyścig dwóch instancji",
                        false)
                .map(done -> 200)
                .onErrorResume(
                        pl.cus.portal.shared.DomainException.Conflict.class,
                        conflict -> reactor.core.publisher.Mono.just(409))
                .block(WAIT);
    }

    private static int assign(
            org.springframework.test.web.reactive.server.WebTestClient client,
            String id,
            String assignee,
            java.util.concurrent.CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return client.post()
                .uri("/api/backoffice/applications/" + id + "/assignment")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(
                        java.util.Map.of("assignee", assignee, "reason", "Wyścig dwóch instancji", "reassign", false))
                .exchange()
                .returnResult(String.class)
                .getStatus()
                .value();
    }

    private static String basic(String user) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private long count(String sql, UUID id) {
        return db.sql(sql)
                .bind("id", id)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(WAIT);
    }
}
