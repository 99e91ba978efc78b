package pl.cus.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Properties checked for every day of several years (covering both statutory changes, 2011 and 2025), by brute
 * force rather than by calling back into the code under test for the counting.
 */
class WorkingDayCalendarPropertyTests {

    private static final LocalDate FROM = LocalDate.of(2009, 1, 1);
    private static final LocalDate TO = LocalDate.of(2031, 1, 1);
    private static final int[] COUNTS = {1, 2, 3, 4, 5, 6, 7, 10, 15, 20, 30, 61};

    private final PolishHolidays holidays = new PolishHolidays();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(holidays);

    /** The definition, written out again: no weekend, no holiday. */
    private boolean working(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }

    private int workingDaysIn(LocalDate exclusiveFrom, LocalDate inclusiveTo) {
        int count = 0;
        for (LocalDate day = exclusiveFrom.plusDays(1); !day.isAfter(inclusiveTo); day = day.plusDays(1)) {
            if (working(day)) {
                count++;
            }
        }
        return count;
    }

    @Test
    void addWorkingDaysLandsOnAWorkingDayWithExactlyNWorkingDaysInBetween() {
        for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
            for (int n : COUNTS) {
                LocalDate result = calendar.addWorkingDays(d, n);
                if (!working(result)) {
                    fail("%s + %d working days = %s, not a working day", d, n, result);
                }
                int between = workingDaysIn(d, result);
                if (between != n) {
                    fail("%s + %d working days = %s, but (%s, %s] holds %d", d, n, result, d, result, between);
                }
                if (calendar.workingDaysBetween(d, result) != n || calendar.workingDaysBetween(result, d) != -n) {
                    fail("workingDaysBetween disagrees for %s and %s", d, result);
                }
            }
        }
    }

    @Test
    void workingDaysBetweenMatchesBruteForceForArbitrarySpans() {
        for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
            // A span of 0 to 400 days, varying with the day, so that year ends and holidays fall anywhere.
            LocalDate to = d.plusDays(Math.floorMod(d.toEpochDay() * 37, 401));
            assertThat(calendar.workingDaysBetween(d, to)).as("(%s, %s]", d, to).isEqualTo(workingDaysIn(d, to));
        }
    }

    @Test
    void nextWorkingDayOnOrAfterSkipsOnlyDaysOff() {
        for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
            LocalDate next = calendar.nextWorkingDayOnOrAfter(d);
            assertThat(working(next)).as("%s -> %s", d, next).isTrue();
            assertThat(calendar.isWorkingDay(d)).isEqualTo(working(d));
            for (LocalDate x = d; x.isBefore(next); x = x.plusDays(1)) {
                assertThat(working(x)).as("%s -> %s skipped %s", d, next, x).isFalse();
            }
            // The longest run of days off is five: Christmas Eve on a Wednesday to Sunday (24-28 Dec 2025).
            assertThat(next).as("after %s", d).isBeforeOrEqualTo(d.plusDays(5));
        }
    }
}
