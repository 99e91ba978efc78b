package pl.cus.portal.shared;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event type the modules publish, by the type name the log stores, and the way back from a
 * {@link StoredEvent} to its record. Built from every module's {@link PublishedEvents}; two modules publishing the
 * same type name stop start-up. Readers in other modules receive records from here, never type names and JSON
 * fields (decision 0024). Fields a record no longer has are ignored; fields an older event lacks are {@code null}.
 */
public final class EventTypes {

    private static final Logger log = LoggerFactory.getLogger(EventTypes.class);

    private final Map<String, Class<? extends DomainEvent>> byName;
    private final JsonMapper json;

    /**
     * @throws IllegalStateException when two listed classes have the same type name
     */
    public EventTypes(Collection<? extends PublishedEvents> modules, JsonMapper json) {
        Map<String, Class<? extends DomainEvent>> names = new TreeMap<>();
        for (PublishedEvents module : modules) {
            for (Class<? extends DomainEvent> type : module.types()) {
                Class<? extends DomainEvent> other = names.putIfAbsent(DomainEvent.typeName(type), type);
                if (other != null && other != type) {
                    throw new IllegalStateException("Two event types are named " + DomainEvent.typeName(type) + ": "
                            + other.getName() + " and " + type.getName());
                }
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.json = json;
    }

    /** Every registered type name, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** The record class of a type name the log stores. */
    public Optional<Class<? extends DomainEvent>> typeOf(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The event's record; empty for a type no module publishes. A stored payload that does not read as its record
     * (e.g. a malformed date) is logged and skipped too, so that one bad event never stops a reader.
     */
    public Optional<DomainEvent> decode(StoredEvent event) {
        Class<? extends DomainEvent> type = byName.get(event.type());
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(event, type));
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn(
                    "Skipping {} #{}: its payload does not read as {}", event.type(), event.sequence(), type.getName());
            return Optional.empty();
        }
    }

    /** The event's record when it is one of that type (by name, so other events are not parsed); see {@link #decode}. */
    public <T extends DomainEvent> Optional<T> decode(StoredEvent event, Class<T> type) {
        return event.is(type) ? decode(event).filter(type::isInstance).map(type::cast) : Optional.empty();
    }

    /**
     * The event's record.
     *
     * @throws IllegalArgumentException for a type no module publishes
     * @throws JacksonException         for a payload that does not read as its record
     */
    public DomainEvent read(StoredEvent event) {
        Class<? extends DomainEvent> type = typeOf(event.type())
                .orElseThrow(() -> new IllegalArgumentException("No module publishes events of type " + event.type()));
        return read(event, type);
    }

    private DomainEvent read(StoredEvent event, Class<? extends DomainEvent> type) {
        return json.readerFor(type)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .readValue(event.payload());
    }
}
