package pl.cus.portal.plans;

import java.time.LocalDate;

/**
 * How long a plan runs (art. 40: at most a year; an IPUS coordinates services for at least three months), both ends
 * counted; the one definition the services check and the pages offer in their date pickers.
 */
public final class PlanPeriods {

    public static final int MIN_MONTHS = 3;
    public static final int MAX_MONTHS = 12;

    private PlanPeriods() {}

    /** The last day a plan starting on {@code from} may end on at the earliest: {@code from} + 3 months − 1 day. */
    public static LocalDate earliestEnd(LocalDate from) {
        return from.plusMonths(MIN_MONTHS).minusDays(1);
    }

    /** The last day a plan starting on {@code from} may end on at the latest: {@code from} + 12 months − 1 day. */
    public static LocalDate latestEnd(LocalDate from) {
        return from.plusMonths(MAX_MONTHS).minusDays(1);
    }

    /** The first day of a further period: the day after the current one ends. */
    public static LocalDate renewalStart(LocalDate currentEnd) {
        return currentEnd.plusDays(1);
    }
}
