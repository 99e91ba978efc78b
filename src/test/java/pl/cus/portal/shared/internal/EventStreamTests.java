package pl.cus.portal.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.StoredEvent;
import pl.cus.portal.shared.db.EmbeddedDatabase;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/** The event log on a real PostgreSQL: ordering, replay without gaps, and surviving a database restart. */
class EventStreamTests {

    record Happened(UUID aggregateId, int number) implements DomainEvent {}

    static EmbeddedDatabase database;
    static ConnectionPool pool;
    static PostgresEventLog log;
    static PostgresEventStream stream;

    @BeforeAll
    static void startDatabase() throws Exception {
        Path dir = Files.createTempDirectory("event-stream-tests").resolve("data");
        database = EmbeddedDatabase.start(dir, true, 0);
        Flyway.configure()
                .dataSource(database.jdbcUrl(), "postgres", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        var factory = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host("localhost")
                .port(database.port())
                .database("postgres")
                .username("postgres")
                .build());
        pool = new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .maxSize(10)
                .validationQuery("SELECT 1")
                .maxAcquireTime(Duration.ofSeconds(5))
                .build());
        var db = DatabaseClient.create(pool);
        log = new PostgresEventLog(
                db,
                TransactionalOperator.create(new R2dbcTransactionManager(pool)),
                JsonMapper.builder().build(),
                Clock.systemUTC());
        stream = new PostgresEventStream(
                pool,
                new EventsProperties(Duration.ofMillis(500), Duration.ofMillis(100), Duration.ofMillis(500), 10_000));
        stream.start();
    }

    @AfterAll
    static void stopDatabase() {
        stream.stop();
        pool.dispose();
        database.close();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static int numberOf(StoredEvent event) {
        return JSON.readTree(event.payload()).path("number").asInt(-1);
    }

    private static Mono<StoredEvent> append(int number) {
        return log.append(new Happened(UUID.randomUUID(), number));
    }

    @Test
    void liveSubscribersReceiveEveryConcurrentAppendInStrictSequenceOrder() {
        int count = 60;
        Flux<StoredEvent> received =
                stream.live().filter(event -> event.type().equals("Happened")).take(count);
        StepVerifier.create(received.collectList())
                .then(() -> Flux.range(0, count)
                        .flatMap(EventStreamTests::append, 16)
                        .blockLast(Duration.ofSeconds(30)))
                .assertNext(events -> {
                    assertThat(events).hasSize(count);
                    List<Long> sequences =
                            events.stream().map(StoredEvent::sequence).toList();
                    assertThat(sequences).isSorted().doesNotHaveDuplicates();
                    assertThat(events.stream().map(StoredEvent::payload).toList())
                            .allSatisfy(payload -> assertThat(payload).contains("\"number\""));
                })
                .verifyComplete();
    }

    @Test
    void sinceReplaysMissedEventsThenContinuesLiveWithoutGapOrDuplicate() {
        long before = append(1000).block().sequence();
        StoredEvent second = append(1001).block();
        StoredEvent third = append(1002).block();

        StepVerifier.create(stream.since(before)
                        .filter(event -> event.type().equals("Happened"))
                        .take(3)
                        .publishOn(Schedulers.boundedElastic()))
                .assertNext(event -> assertThat(event.sequence()).isEqualTo(second.sequence()))
                .assertNext(event -> assertThat(event.sequence()).isEqualTo(third.sequence()))
                .then(() -> append(1003).block())
                .assertNext(event -> assertThat(numberOf(event)).isEqualTo(1003))
                .verifyComplete();
    }

    @Test
    void streamReconnectsAfterDatabaseRestartAndDeliversEventsCommittedMeanwhile() {
        // Only this test's events: earlier tests' events may still be on their way to live subscribers.
        Flux<StoredEvent> received = stream.live()
                .filter(event -> numberOf(event) >= 5001 && numberOf(event) <= 5003)
                .take(3)
                // Steps below block (restart, append): keep them off the driver's event-loop threads.
                .publishOn(Schedulers.boundedElastic());
        StepVerifier.create(received)
                .then(() -> append(5001).block(Duration.ofSeconds(10)))
                .assertNext(event -> assertThat(numberOf(event)).isEqualTo(5001))
                .then(() -> {
                    database.restart();
                    // Committed before the listener is back: only the catch-up after reconnecting can deliver it.
                    append(5002)
                            .retryWhen(Retry.fixedDelay(50, Duration.ofMillis(100)))
                            .block(Duration.ofSeconds(20));
                })
                .assertNext(event -> assertThat(numberOf(event)).isEqualTo(5002))
                .then(() -> append(5003)
                        .retryWhen(Retry.fixedDelay(50, Duration.ofMillis(100)))
                        .block(Duration.ofSeconds(20)))
                .assertNext(event -> assertThat(numberOf(event)).isEqualTo(5003))
                .expectComplete()
                .verify(Duration.ofSeconds(60));
    }

    @Test
    void eventLogRefusesUpdatesAndDeletes() {
        append(7).block();
        var db = DatabaseClient.create(pool);
        StepVerifier.create(db.sql("delete from event_log").then())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("event_log is append-only"))
                .verify();
        StepVerifier.create(db.sql("update event_log set type = 'Rewritten'").then())
                .expectErrorSatisfies(error -> assertThat(error).hasMessageContaining("event_log is append-only"))
                .verify();
    }
}
