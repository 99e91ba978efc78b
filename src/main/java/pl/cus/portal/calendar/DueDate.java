package pl.cus.portal.calendar;

import java.time.LocalDate;

/**
 * A computed deadline, with enough detail to explain it: the date the rule gives ({@code nominal}) and the date
 * that applies ({@code due}), which differ only when the policy rolled a weekend or holiday forward.
 */
public record DueDate(DeadlineRule rule, int amount, LocalDate start, LocalDate nominal, LocalDate due) {

    public DueDate {
        Require.notNull(rule, "rule");
        Require.notNull(start, "start");
        Require.notNull(nominal, "nominal");
        Require.notNull(due, "due");
    }

    public boolean rolledForward() {
        return !due.equals(nominal);
    }
}
