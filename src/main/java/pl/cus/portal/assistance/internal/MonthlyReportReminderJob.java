package pl.cus.portal.assistance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs the monthly report reminder on the clock's date at start-up and then every {@code cus.assistance.reminder-check}
 * (an hour by default): the reminder itself happens once a day at most, once per month per assistant, whatever
 * instance finds it first.
 */
@Component
@EnableConfigurationProperties(MonthlyReportReminderJob.Properties.class)
class MonthlyReportReminderJob extends BackgroundSubscription {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportReminderJob.class);

    /** {@code cus.assistance.reminder-check}: how often the job looks at the date. */
    @ConfigurationProperties("cus.assistance")
    record Properties(Duration reminderCheck) {
        Properties {
            reminderCheck = reminderCheck == null ? Duration.ofHours(1) : reminderCheck;
        }
    }

    private final MonthlyReportReminders reminders;
    private final Clock clock;
    private final Properties properties;

    MonthlyReportReminderJob(MonthlyReportReminders reminders, Clock clock, Properties properties) {
        this.reminders = reminders;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected Disposable subscribe() {
        return Flux.interval(Duration.ofSeconds(5), properties.reminderCheck())
                .concatMap(tick -> Mono.defer(() -> reminders.remind(LocalDate.now(clock)))
                        .doOnNext(count -> {
                            if (count > 0) {
                                log.info("Monthly report reminders: {} assistants reminded", count);
                            }
                        })
                        .onErrorResume(error -> {
                            log.warn(
                                    "Monthly report reminders failed ({}); next check in {}",
                                    error.toString(),
                                    properties.reminderCheck());
                            return Mono.empty();
                        }))
                .subscribe();
    }
}
