package pl.cus.portal.shared;

import reactor.core.publisher.Flux;

/** The event log as a stream: live for screens, replayable for clients that reconnect. */
public interface EventStream {

    /** Events committed from now on, in sequence order; hot and shared by the whole application. */
    Flux<StoredEvent> live();

    /** Every event after {@code sequence} (replayed from the log), then live events, with no gap and no duplicate. */
    Flux<StoredEvent> since(long sequence);

    /** The highest sequence delivered to live subscribers so far. */
    long lastSequence();
}
