package pl.cus.portal.plans.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanEndingSoon;
import pl.cus.portal.shared.EventLog;
import reactor.core.publisher.Mono;

/**
 * Reminds that plans in force end soon: for every prepared, unclosed plan whose current version ends within
 * {@code cus.plans.ending-reminder-days} of the day, {@link PlanEndingSoon} is appended once per plan and end day
 * (decision 0019). Each plan in its own transaction with its insert-once row, so running twice, late, or on several
 * instances at once gives one event. A renewal or change of the period gives a new end day and a new reminder.
 */
@Service
class PlanReminders {

    private final PlanStore plans;
    private final LifecycleStore store;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final PlansProperties properties;

    PlanReminders(
            PlanStore plans,
            LifecycleStore store,
            EventLog events,
            TransactionalOperator transactions,
            PlansProperties properties) {
        this.plans = plans;
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** The reminders due on {@code today}; emits how many were appended now. */
    Mono<Integer> remind(LocalDate today) {
        return plans.endingBetween(today, today.plusDays(properties.endingReminderDays()))
                .map(IndividualPlan::state)
                .filter(Plan::inForce)
                .map(plan -> new LifecycleStore.Ending(
                        plan.id(),
                        plan.applicationId(),
                        plan.current().number(),
                        plan.current().to()))
                .concatMap(ending -> store.remindOnce(ending, today)
                        .flatMap(first -> first
                                ? events.append(new PlanEndingSoon(
                                                ending.applicationId().value(), ending.version(), ending.periodTo()))
                                        .thenReturn(1)
                                : Mono.just(0))
                        .as(transactions::transactional))
                .reduce(0, Integer::sum);
    }
}
