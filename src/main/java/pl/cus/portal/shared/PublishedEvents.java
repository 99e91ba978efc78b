package pl.cus.portal.shared;

import java.util.List;

/**
 * The events one module publishes: each module declares its list as a bean in its root package, and
 * {@link EventTypes} collects them all. An event appended without being listed here cannot be read by other modules,
 * and a test fails (decision 0024).
 */
public interface PublishedEvents {

    /** The module's event records, each a {@link DomainEvent} in the module's root package. */
    List<Class<? extends DomainEvent>> types();
}
