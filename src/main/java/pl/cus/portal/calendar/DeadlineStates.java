package pl.cus.portal.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Pure functions deciding a deadline's {@link DeadlineState} on a given day. */
public final class DeadlineStates {

    /** How many days before the due date (the due date itself counting as 0) a deadline is DUE_SOON. */
    public static final int DEFAULT_DUE_SOON_DAYS = 7;

    private DeadlineStates() {}

    /**
     * The state on {@code today}. In order: closed gives CLOSED; met on or before the due date gives MET, after it
     * MET_LATE; otherwise past the due date is OVERDUE, at most {@code dueSoonDays} days before it is DUE_SOON,
     * and anything earlier ON_TRACK.
     *
     * @throws IllegalArgumentException for nulls or a negative {@code dueSoonDays}
     */
    public static DeadlineState evaluate(
            LocalDate due, LocalDate today, Optional<LocalDate> metOn, boolean closed, int dueSoonDays) {
        check(due, today, metOn, dueSoonDays);
        if (closed) {
            return DeadlineState.CLOSED;
        }
        if (metOn.isPresent()) {
            return metOn.get().isAfter(due) ? DeadlineState.MET_LATE : DeadlineState.MET;
        }
        if (today.isAfter(due)) {
            return DeadlineState.OVERDUE;
        }
        return ChronoUnit.DAYS.between(today, due) <= dueSoonDays ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
    }

    /** {@link #evaluate(LocalDate, LocalDate, Optional, boolean, int)} with {@link #DEFAULT_DUE_SOON_DAYS}. */
    public static DeadlineState evaluate(LocalDate due, LocalDate today, Optional<LocalDate> metOn, boolean closed) {
        return evaluate(due, today, metOn, closed, DEFAULT_DUE_SOON_DAYS);
    }

    /**
     * The first day after {@code today} on which the state will differ if nothing else happens: the day an
     * ON_TRACK deadline becomes DUE_SOON, or the day after the due date when an open one becomes OVERDUE. Empty
     * when time alone will not change it (met, closed, already overdue). A scheduler re-evaluates a deadline on
     * that day only, instead of re-evaluating every open deadline every night.
     *
     * @throws IllegalArgumentException for nulls or a negative {@code dueSoonDays}
     */
    public static Optional<LocalDate> nextChange(
            LocalDate due, LocalDate today, Optional<LocalDate> metOn, boolean closed, int dueSoonDays) {
        check(due, today, metOn, dueSoonDays);
        if (closed || metOn.isPresent() || today.isAfter(due)) {
            return Optional.empty();
        }
        LocalDate dueSoonFrom = due.minusDays(dueSoonDays);
        return Optional.of(today.isBefore(dueSoonFrom) ? dueSoonFrom : due.plusDays(1));
    }

    /** {@link #nextChange(LocalDate, LocalDate, Optional, boolean, int)} with {@link #DEFAULT_DUE_SOON_DAYS}. */
    public static Optional<LocalDate> nextChange(
            LocalDate due, LocalDate today, Optional<LocalDate> metOn, boolean closed) {
        return nextChange(due, today, metOn, closed, DEFAULT_DUE_SOON_DAYS);
    }

    private static void check(LocalDate due, LocalDate today, Optional<LocalDate> metOn, int dueSoonDays) {
        Require.notNull(due, "due");
        Require.notNull(today, "today");
        Require.notNull(metOn, "metOn (use Optional.empty())");
        Require.notNegative(dueSoonDays, "dueSoonDays");
    }
}
