package pl.cus.portal.shared;

import reactor.core.publisher.Mono;

/** Appends domain events to the append-only log. */
public interface EventLog {

    /**
     * Records the event in the caller's R2DBC transaction (or a new one). Call it as the last step of a
     * transaction: appends are serialised until commit so that sequence order equals commit order.
     */
    Mono<StoredEvent> append(DomainEvent event);
}
