package pl.cus.portal.calendar.internal;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.cus.portal.calendar.DeadlinePolicy;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.calendar.WorkingDayCalendar;

/**
 * The deadline policy as configured under {@code cus.deadlines.*}. A bad setting stops start-up while binding
 * {@link DeadlinesProperties}, before any bean here is built.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlinesProperties.class)
class DeadlinesConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return new WorkingDayCalendar();
    }

    @Bean
    DeadlinePolicy deadlinePolicy(WorkingDayCalendar calendar, DeadlinesProperties properties) {
        return new DeadlinePolicy(calendar, properties.amounts(), properties.rollForward());
    }

    @Bean
    Deadlines deadlines(DeadlinePolicy policy, Clock clock, DeadlinesProperties properties) {
        return new Deadlines(policy, clock, properties.dueSoonDays());
    }
}
