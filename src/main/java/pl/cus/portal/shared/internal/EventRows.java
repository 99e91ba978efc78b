package pl.cus.portal.shared.internal;

import io.r2dbc.postgresql.codec.Json;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.shared.StoredEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the event log table. */
final class EventRows {

    private final DatabaseClient db;

    EventRows(DatabaseClient db) {
        this.db = db;
    }

    Flux<StoredEvent> after(long sequence, int limit) {
        return db.sql(
                        "select seq, occurred_at, type, aggregate_id, payload from event_log where seq > :seq order by seq limit :limit")
                .bind("seq", sequence)
                .bind("limit", limit)
                .map((row, meta) -> new StoredEvent(
                        row.get("seq", Long.class),
                        row.get("occurred_at", OffsetDateTime.class).toInstant(),
                        row.get("type", String.class),
                        row.get("aggregate_id", UUID.class),
                        row.get("payload", Json.class).asString()))
                .all();
    }

    Flux<StoredEvent> allAfter(long sequence, int pageSize) {
        return Flux.defer(() -> after(sequence, pageSize).collectList().flatMapMany(page -> {
            Flux<StoredEvent> current = Flux.fromIterable(page);
            return page.size() < pageSize
                    ? current
                    : current.concatWith(allAfter(page.getLast().sequence(), pageSize));
        }));
    }

    Mono<Long> maxSequence() {
        return db.sql("select coalesce(max(seq), 0) as seq from event_log")
                .map(row -> row.get("seq", Long.class))
                .one();
    }
}
