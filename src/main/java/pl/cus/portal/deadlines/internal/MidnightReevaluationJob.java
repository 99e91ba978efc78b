package pl.cus.portal.deadlines.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Re-evaluates deadlines at start-up (to catch up after downtime) and then at every midnight in the clock's zone
 * (Europe/Warsaw), so that due-soon and overdue transitions happen without anybody touching the case. Every
 * instance runs it; the checkpoint lock in {@link DeadlineReevaluation} makes the second one find nothing to do.
 */
@Component
class MidnightReevaluationJob extends BackgroundSubscription {

    private static final Logger log = LoggerFactory.getLogger(MidnightReevaluationJob.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final DeadlineReevaluation reevaluation;
    private final Clock clock;

    MidnightReevaluationJob(DeadlineReevaluation reevaluation, Clock clock) {
        this.reevaluation = reevaluation;
        this.clock = clock;
    }

    @Override
    protected Disposable subscribe() {
        Mono<Void> catchUp = run(LocalDate.now(clock));
        var nightly = Mono.defer(() -> {
                    Instant now = clock.instant();
                    ZonedDateTime midnight = MidnightSchedule.nextMidnight(now, clock.getZone());
                    return Mono.delay(Duration.between(now, midnight.toInstant()))
                            // The day scheduled for, or today if the timer fired late: never a day earlier than it
                            // fired.
                            .then(Mono.defer(() -> run(latest(midnight.toLocalDate(), LocalDate.now(clock)))));
                })
                .repeat();
        return catchUp.then(nightly.then()).subscribe();
    }

    private Mono<Void> run(LocalDate day) {
        return reevaluation
                .reevaluate(day)
                .doOnNext(changed -> log.info("Deadlines re-evaluated for {}: {} changed state", day, changed))
                .onErrorResume(error -> {
                    log.warn("Deadline re-evaluation for {} failed ({}); retrying in {}", day, error.toString(), RETRY);
                    return Mono.delay(RETRY).then(Mono.defer(() -> run(day))).thenReturn(0);
                })
                .then();
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
