package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventTypes;
import pl.cus.portal.shared.StoredEvent;

/**
 * Every event in the log (the demo data's, and whatever the suite's lifecycles appended before this runs) has a type
 * some module publishes, and reads back as its record: a listener in another module would receive it (decision 0024).
 */
class EventLogTypesTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    DatabaseClient db;

    @Autowired
    EventTypes types;

    @Test
    void everyTypeInTheLogIsOneAModulePublishes() {
        List<String> logged = db.sql("select distinct type from event_log")
                .map(row -> row.get("type", String.class))
                .all()
                .collectList()
                .block(WAIT);

        assertThat(logged)
                .isNotEmpty()
                .allSatisfy(type -> assertThat(types.typeOf(type))
                        .as("event type %s in the log", type)
                        .isPresent());
    }

    @Test
    void everyStoredEventReadsBackAsItsRecordAboutTheSameAggregate() {
        List<StoredEvent> stored = db.sql("select seq, occurred_at, type, aggregate_id, payload::text as payload "
                        + "from event_log order by seq")
                .map(row -> new StoredEvent(
                        row.get("seq", Long.class),
                        row.get("occurred_at", OffsetDateTime.class).toInstant(),
                        row.get("type", String.class),
                        row.get("aggregate_id", UUID.class),
                        row.get("payload", String.class)))
                .all()
                .collectList()
                .block(WAIT);

        assertThat(stored).isNotEmpty().allSatisfy(event -> {
            DomainEvent record = types.read(event);
            assertThat(record.type()).isEqualTo(event.type());
            assertThat(record.aggregateId())
                    .as("aggregate of #%d %s", event.sequence(), event.type())
                    .isEqualTo(event.aggregateId());
        });
    }
}
