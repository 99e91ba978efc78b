package pl.cus.portal.shared.internal;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.BackgroundSubscription;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Turns the event log into one hot stream for the whole application. {@code LISTEN} on a dedicated connection
 * is only a wake-up: every wake-up (a notification, a reconnect, or the periodic poll) reads the log after the
 * last delivered sequence, so events committed while the connection was down are delivered once it is back.
 */
@Component
class PostgresEventStream extends BackgroundSubscription implements EventStream {

    private static final Logger log = LoggerFactory.getLogger(PostgresEventStream.class);
    private static final int PAGE = 500;
    private static final Object CONNECTED = new Object();
    // A query on a connection that died mid-flight may never answer; a stuck catch-up would stall every wake-up.
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final ConnectionFactory listenerConnections;
    private final EventRows rows;
    private final EventsProperties properties;
    private final Sinks.Many<StoredEvent> bus = Sinks.many().multicast().directBestEffort();
    private final AtomicLong lastDelivered = new AtomicLong();

    PostgresEventStream(ConnectionFactory connectionFactory, EventsProperties properties) {
        this.listenerConnections = unpooled(connectionFactory);
        this.rows = new EventRows(DatabaseClient.create(connectionFactory));
        this.properties = properties;
    }

    @Override
    public Flux<StoredEvent> live() {
        return bus.asFlux().onBackpressureBuffer(properties.subscriberBuffer());
    }

    @Override
    public Flux<StoredEvent> since(long sequence) {
        return Flux.defer(() -> {
            // Subscribe to live events before reading history, so that nothing falls between the two.
            Sinks.Many<StoredEvent> pending = Sinks.many().unicast().onBackpressureBuffer();
            Disposable tap = bus.asFlux().subscribe(pending::tryEmitNext);
            AtomicLong cursor = new AtomicLong(sequence);
            return rows.allAfter(sequence, PAGE)
                    .concatWith(pending.asFlux())
                    .filter(event -> {
                        if (event.sequence() <= cursor.get()) {
                            return false;
                        }
                        cursor.set(event.sequence());
                        return true;
                    })
                    .doFinally(signal -> tap.dispose());
        });
    }

    @Override
    public long lastSequence() {
        return lastDelivered.get();
    }

    @Override
    protected Disposable subscribe() {
        lastDelivered.set(java.util.Objects.requireNonNull(rows.maxSequence().block(Duration.ofSeconds(30))));
        return Flux.merge(wakeUpsFromNotifications(), Flux.interval(properties.pollInterval()))
                .onBackpressureLatest()
                .concatMap(
                        wakeUp -> catchUp().timeout(CATCH_UP_TIMEOUT).onErrorResume(error -> {
                            log.debug(
                                    "Event log catch-up failed, will retry on the next wake-up: {}", error.toString());
                            return Mono.empty();
                        }),
                        1)
                .subscribe();
    }

    private Mono<Void> catchUp() {
        return rows.after(lastDelivered.get(), PAGE).collectList().flatMap(page -> {
            page.forEach(this::deliver);
            return page.size() == PAGE ? catchUp() : Mono.empty();
        });
    }

    private void deliver(StoredEvent event) {
        if (event.sequence() > lastDelivered.get()) {
            lastDelivered.set(event.sequence());
            bus.tryEmitNext(event);
        }
    }

    private Flux<Object> wakeUpsFromNotifications() {
        return Flux.usingWhen(Mono.from(listenerConnections.create()), this::listen, Connection::close)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, properties.reconnectBackoff())
                        .maxBackoff(properties.reconnectMaxBackoff())
                        .transientErrors(true)
                        .doBeforeRetry(signal -> log.warn(
                                "Event listener lost its database connection ({}); reconnecting",
                                signal.failure().toString())));
    }

    private Flux<Object> listen(Connection connection) {
        var postgres = (PostgresqlConnection) connection;
        Flux<Object> notifications = Flux.from(postgres.createStatement("LISTEN " + PostgresEventLog.CHANNEL)
                        .execute())
                .flatMap(Result::getRowsUpdated)
                .thenMany(Flux.concat(
                        Mono.just(CONNECTED), postgres.getNotifications().map(Object.class::cast)));
        // A silent network drop would leave LISTEN hanging forever; a periodic round trip surfaces it as an error.
        Flux<Object> heartbeat = Flux.interval(HEARTBEAT)
                .concatMap(
                        tick -> Flux.from(postgres.createStatement("SELECT 1").execute())
                                .flatMap(Result::getRowsUpdated)
                                .timeout(CATCH_UP_TIMEOUT))
                .ignoreElements()
                .map(Object.class::cast)
                .flux();
        return Flux.merge(notifications, heartbeat)
                .concatWith(Mono.error(() -> new IllegalStateException("event listener connection closed")));
    }

    private static ConnectionFactory unpooled(ConnectionFactory factory) {
        ConnectionFactory current = factory;
        while (!(current instanceof io.r2dbc.postgresql.PostgresqlConnectionFactory)
                && current instanceof Wrapped<?> wrapped
                && wrapped.unwrap() instanceof ConnectionFactory inner) {
            current = inner;
        }
        if (!(current instanceof io.r2dbc.postgresql.PostgresqlConnectionFactory)) {
            throw new IllegalStateException("The event stream needs PostgreSQL (r2dbc-postgresql); found " + factory);
        }
        return current;
    }
}
