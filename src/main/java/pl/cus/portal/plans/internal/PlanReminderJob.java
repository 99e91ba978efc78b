package pl.cus.portal.plans.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Runs {@link PlanReminders} at start-up (to catch up after downtime) and then every day shortly after midnight in the
 * clock's zone. Every instance runs it; the insert-once reminder rows make the others append nothing.
 */
@Component
class PlanReminderJob extends BackgroundSubscription {

    private static final Logger log = LoggerFactory.getLogger(PlanReminderJob.class);
    private static final LocalTime AT = LocalTime.of(0, 20);
    private static final Duration RETRY = Duration.ofMinutes(5);

    private final PlanReminders reminders;
    private final Clock clock;

    PlanReminderJob(PlanReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    protected Disposable subscribe() {
        Mono<Void> catchUp = run(LocalDate.now(clock));
        var daily = Mono.defer(() -> {
                    Instant now = clock.instant();
                    ZonedDateTime next = nextRun(now, clock);
                    return Mono.delay(Duration.between(now, next.toInstant()))
                            .then(Mono.defer(() -> run(LocalDate.now(clock))));
                })
                .repeat();
        return catchUp.then(daily.then()).subscribe();
    }

    /** The next {@link #AT} in the clock's zone strictly after {@code now}. */
    static ZonedDateTime nextRun(Instant now, Clock clock) {
        ZonedDateTime here = now.atZone(clock.getZone());
        ZonedDateTime today = here.toLocalDate().atTime(AT).atZone(clock.getZone());
        return today.isAfter(here)
                ? today
                : here.toLocalDate().plusDays(1).atTime(AT).atZone(clock.getZone());
    }

    private Mono<Void> run(LocalDate day) {
        return reminders
                .remind(day)
                .doOnNext(count -> log.info("Plan ending reminders for {}: {} appended", day, count))
                .onErrorResume(error -> {
                    log.warn("Plan ending reminders for {} failed ({}); retrying in {}", day, error.toString(), RETRY);
                    return Mono.delay(RETRY).then(Mono.defer(() -> run(day))).thenReturn(0);
                })
                .then();
    }
}
