package pl.cus.portal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days: Monday to Friday, except Polish statutory holidays.
 *
 * <p>Thread-safe and immutable; one instance can be shared.
 */
public final class WorkingDayCalendar {

    /** 1970-01-05, the first Monday on or after the epoch day 0. */
    private static final long MONDAY_EPOCH_DAY = 4;

    private final PolishHolidays holidays;

    /** A calendar with its own {@link PolishHolidays}. */
    public WorkingDayCalendar() {
        this(new PolishHolidays());
    }

    public WorkingDayCalendar(PolishHolidays holidays) {
        this.holidays = Require.notNull(holidays, "holidays");
    }

    public PolishHolidays holidays() {
        return holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        Require.notNull(date, "date");
        return !isWeekend(date) && !holidays.isHoliday(date);
    }

    /** The date itself when it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        Require.notNull(date, "date");
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The n-th working day after the date; the date itself is not counted, whether or not it is a working day.
     * {@code n == 0} returns the date unchanged.
     *
     * @throws IllegalArgumentException when n is negative
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        Require.notNull(date, "date");
        Require.notNegative(n, "number of working days");
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The number of working days in {@code (from, to]}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when {@code to} is before {@code from},
     * like {@link java.time.temporal.ChronoUnit#between}.
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        Require.notNull(from, "from");
        Require.notNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        // Arithmetic for the weekdays and one pass per year for the holidays, so that long spans stay cheap.
        long count = weekdaysUpTo(to) - weekdaysUpTo(from);
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate holiday : holidays.holidaysIn(year)) {
                if (holiday.isAfter(from) && !holiday.isAfter(to) && !isWeekend(holiday)) {
                    count--;
                }
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Monday-to-Friday days from a fixed Monday up to the date; only differences of it are meaningful. */
    private static long weekdaysUpTo(LocalDate date) {
        long days = date.toEpochDay() - MONDAY_EPOCH_DAY + 1;
        return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7), 5);
    }
}
