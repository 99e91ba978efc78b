package pl.cus.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class EventTypesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");

    record Opened(UUID aggregateId, LocalDate on, int count) implements DomainEvent {}

    record Closed(UUID aggregateId) implements DomainEvent {}

    static final class Other {
        record Opened(UUID aggregateId) implements DomainEvent {}
    }

    private static final EventTypes TYPES = new EventTypes(
            List.of(() -> List.of(Opened.class), () -> List.<Class<? extends DomainEvent>>of(Closed.class)), JSON);

    private static StoredEvent stored(String type, String payload) {
        return new StoredEvent(7, Instant.parse("2027-01-30T10:00:00Z"), type, ID, payload);
    }

    private static StoredEvent stored(DomainEvent event) {
        return stored(event.type(), JSON.writeValueAsString(event));
    }

    @Test
    void readsAnEventBackAsTheRecordItWasAppendedAs() {
        var opened = new Opened(ID, LocalDate.of(2027, 1, 30), 3);
        assertThat(TYPES.decode(stored(opened))).contains(opened);
        assertThat(TYPES.read(stored(new Closed(ID)))).isEqualTo(new Closed(ID));
        assertThat(TYPES.names()).containsExactly("Closed", "Opened");
        assertThat(TYPES.typeOf("Opened")).contains(Opened.class);
    }

    @Test
    void ignoresFieldsTheRecordNoLongerHasAndLeavesMissingOnesEmpty() {
        assertThat(TYPES.decode(stored("Opened", "{\"aggregateId\":\"" + ID + "\",\"gone\":1}")))
                .contains(new Opened(ID, null, 0));
    }

    @Test
    void aTypeNoModulePublishesIsNotReadButRefusedWhenAskedFor() {
        assertThat(TYPES.decode(stored("Happened", "{}"))).isEmpty();
        assertThat(TYPES.typeOf("Happened")).isEmpty();
        assertThatThrownBy(() -> TYPES.read(stored("Happened", "{}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Happened");
    }

    @Test
    void aPayloadThatDoesNotReadAsItsRecordIsSkippedByDecodeAndRefusedByRead() {
        var badDate = stored("Opened", "{\"aggregateId\":\"" + ID + "\",\"on\":\"2027-02-30\"}");
        var badId = stored("Opened", "{\"aggregateId\":\"not-a-uuid\"}");
        assertThat(TYPES.decode(badDate)).isEmpty();
        assertThat(TYPES.decode(badId)).isEmpty();
        assertThatThrownBy(() -> TYPES.read(badDate)).isInstanceOf(JacksonException.class);
    }

    @Test
    void twoTypesWithOneNameStopTheRegistry() {
        assertThatThrownBy(() -> new EventTypes(
                        List.of(
                                () -> List.<Class<? extends DomainEvent>>of(Opened.class),
                                () -> List.<Class<? extends DomainEvent>>of(Other.Opened.class)),
                        JSON))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Opened");
    }

    @Test
    void aStoredEventTellsItsRecordTypeByName() {
        var event = stored(new Closed(ID));
        assertThat(event.is(Closed.class)).isTrue();
        assertThat(event.is(Opened.class)).isFalse();
        assertThat(event.isAnyOf(List.of(Opened.class, Closed.class))).isTrue();
        assertThat(event.isAnyOf(List.of(Opened.class))).isFalse();
    }
}
