package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.time.YearMonth;
import pl.cus.portal.calendar.DeadlineRule;
import pl.cus.portal.calendar.DeadlineState;

/**
 * One family-assistance time limit as the deadlines module computes it.
 *
 * @param month the reported month for {@link DeadlineRule#FA_MONTHLY_REPORT}, otherwise {@code null}
 */
public record TimeLimit(DeadlineRule rule, LocalDate start, LocalDate due, DeadlineState state, YearMonth month) {}
