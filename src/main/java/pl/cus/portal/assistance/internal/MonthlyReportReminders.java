package pl.cus.portal.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.assistance.MonthlyReportDue;
import pl.cus.portal.calendar.DeadlineRule;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.calendar.WorkingDayCalendar;
import pl.cus.portal.shared.EventLog;
import reactor.core.publisher.Mono;

/**
 * The 5th-of-the-month reminder (issue 10): from the first working day of a month, each assistant whose families
 * miss the previous month's report gets one {@link MonthlyReportDue}, at most once per month. The reminder row's
 * primary key (assistant, month) is inserted with the event in one transaction, so any number of runs on any number
 * of instances remind once.
 */
@Component
class MonthlyReportReminders {

    private final AssistanceStore store;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    MonthlyReportReminders(
            AssistanceStore store,
            WorkingDayCalendar calendar,
            Deadlines deadlines,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Reminds whoever is due on that day; answers how many reminders were appended. */
    Mono<Integer> remind(LocalDate today) {
        return Mono.defer(() -> {
            YearMonth month = YearMonth.from(today);
            if (today.isBefore(calendar.nextWorkingDayOnOrAfter(month.atDay(1)))) {
                return Mono.just(0);
            }
            YearMonth previous = month.minusMonths(1);
            LocalDate due = deadlines
                    .preview(DeadlineRule.FA_MONTHLY_REPORT, previous.atDay(1))
                    .due();
            return store.missingReports(previous)
                    .concatMap(missing -> store.insertReminder(
                                    missing.assistantId(),
                                    previous,
                                    clock.instant().truncatedTo(ChronoUnit.MICROS))
                            .flatMap(first -> first
                                    ? events.append(new MonthlyReportDue(
                                                    missing.assistantId(),
                                                    previous.toString(),
                                                    due,
                                                    missing.families()))
                                            .thenReturn(1)
                                    : Mono.just(0))
                            .as(transactions::transactional))
                    .reduce(0, Integer::sum);
        });
    }
}
