package pl.cus.portal.shared.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.cus.portal.shared.EventTypes;
import pl.cus.portal.shared.PublishedEvents;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** The centre's clock: deadlines and "today" are Polish dates, whatever the server's zone. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Warsaw"));
    }

    /** Every module's published event types (decision 0024). */
    @Bean
    EventTypes eventTypes(List<PublishedEvents> modules, JsonMapper json) {
        return new EventTypes(modules, json);
    }
}
