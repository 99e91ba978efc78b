package pl.cus.portal.shared.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event stream tuning ({@code cus.events.*}).
 *
 * @param pollInterval     safety-net poll of the log, in case a notification was lost
 * @param reconnectBackoff first delay before the listener reconnects after losing its connection
 * @param reconnectMaxBackoff longest delay between reconnection attempts
 * @param subscriberBuffer events buffered for one slow live subscriber before it is failed (it can then resume
 *                         with {@link pl.cus.portal.shared.EventStream#since(long)})
 */
@ConfigurationProperties("cus.events")
public record EventsProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("200ms") Duration reconnectBackoff,
        @DefaultValue("5s") Duration reconnectMaxBackoff,
        @DefaultValue("10000") int subscriberBuffer) {

    public static EventsProperties defaults() {
        return new EventsProperties(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofSeconds(5), 10_000);
    }
}
