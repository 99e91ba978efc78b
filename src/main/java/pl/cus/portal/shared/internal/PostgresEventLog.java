package pl.cus.portal.shared.internal;

import io.r2dbc.postgresql.codec.Json;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to {@code event_log}. A transaction-scoped advisory lock serialises appends until commit: identity values
 * are handed out at insert time, so without it a later sequence could commit first and a reader that moved past it
 * would never see the earlier one. See docs/decisions/0003-event-log.md.
 */
@Component
class PostgresEventLog implements EventLog {

    static final String CHANNEL = "cus_events";
    private static final long APPEND_LOCK = 0x4355_5345_5645_4e54L;

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final JsonMapper json;
    private final Clock clock;

    PostgresEventLog(DatabaseClient db, TransactionalOperator transactions, JsonMapper json, Clock clock) {
        this.db = db;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Mono<StoredEvent> append(DomainEvent event) {
        return Mono.defer(() -> {
                    var payload = json.writeValueAsString(event);
                    var occurredAt = clock.instant().atOffset(ZoneOffset.UTC);
                    var insert = db.sql("insert into event_log (occurred_at, type, aggregate_id, payload) "
                                    + "values (:at, :type, :aggregate, :payload) returning seq")
                            .bind("at", occurredAt)
                            .bind("type", event.type())
                            .bind("payload", Json.of(payload));
                    insert = event.aggregateId() == null
                            ? insert.bindNull("aggregate", UUID.class)
                            : insert.bind("aggregate", event.aggregateId());
                    return db.sql("select pg_advisory_xact_lock(:key)")
                            .bind("key", APPEND_LOCK)
                            .then()
                            .then(insert.map(row -> row.get("seq", Long.class)).one())
                            .flatMap(seq -> db.sql("select pg_notify('" + CHANNEL + "', :seq)")
                                    .bind("seq", seq.toString())
                                    .then()
                                    .thenReturn(new StoredEvent(
                                            seq, occurredAt.toInstant(), event.type(), event.aggregateId(), payload)));
                })
                .as(transactions::transactional);
    }
}
