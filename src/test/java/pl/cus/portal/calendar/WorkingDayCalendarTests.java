package pl.cus.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTests {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @ParameterizedTest
    @CsvSource({
        "2026-03-06, true", // Friday
        "2026-03-07, false", // Saturday
        "2026-03-08, false", // Sunday
        "2026-04-06, false", // Easter Monday
        "2026-04-07, true",
        "2026-06-04, false", // Corpus Christi (Thursday)
        "2026-06-05, true", // the bridge Friday after it is a working day
        "2025-12-24, false", // Christmas Eve, a holiday since 2025
        "2024-12-24, true", // ...but not before
        "2010-01-06, true", // Epiphany was not a holiday before 2011
        "2026-01-06, false",
        "2028-11-01, false", // All Saints' Day on a Wednesday
        "2025-11-11, false" // Independence Day on a Tuesday
    })
    void workingDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-06, 2026-03-06", // a working day stays
        "2026-03-07, 2026-03-09", // Saturday -> Monday
        "2026-04-04, 2026-04-07", // Holy Saturday -> over Easter Sunday and Monday -> Tuesday
        "2025-12-24, 2025-12-29", // 24-26 Dec 2025 (Wed-Fri) and the weekend
        "2026-05-01, 2026-05-04", // 1 May (Fri), weekend with 3 May
        "2026-01-01, 2026-01-02"
    })
    void nextWorkingDayOnOrAfter(LocalDate date, LocalDate expected) {
        assertThat(calendar.nextWorkingDayOnOrAfter(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Easter 2026: Sunday 5 April, Monday 6 April.
        "2026-04-02, 1, 2026-04-03",
        "2026-04-02, 2, 2026-04-07",
        "2026-04-02, 10, 2026-04-17",
        "2026-04-03, 1, 2026-04-07",
        "2026-04-05, 1, 2026-04-07", // the start is not counted even when it is a day off
        // Christmas 2025: 24, 25, 26 Dec (Wed-Fri) then the weekend; 1 Jan (Thu) and 6 Jan (Tue) 2026.
        "2025-12-23, 1, 2025-12-29",
        "2025-12-23, 3, 2025-12-31",
        "2025-12-23, 4, 2026-01-02",
        "2025-12-23, 6, 2026-01-07",
        "2025-12-19, 10, 2026-01-09",
        // 1-3 May: 2026 Fri-Sun, 2027 Sat-Mon, 2025 Thu-Sat (2 May 2025 is a working day).
        "2026-04-30, 1, 2026-05-04",
        "2027-04-30, 1, 2027-05-04",
        "2025-04-30, 1, 2025-05-02",
        "2025-04-30, 2, 2025-05-05",
        // 11 Nov: 2025 on a Tuesday, 2028 on a Saturday (no effect).
        "2025-11-10, 1, 2025-11-12",
        "2025-11-07, 2, 2025-11-12",
        "2028-11-10, 1, 2028-11-13",
        // An ordinary fortnight.
        "2026-03-02, 10, 2026-03-16",
        "2026-03-06, 5, 2026-03-13"
    })
    void addWorkingDays(LocalDate start, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, n)).isEqualTo(expected);
        assertThat(calendar.workingDaysBetween(start, expected)).isEqualTo(n);
    }

    @Test
    void addingZeroWorkingDaysReturnsTheDateItself() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 7), 0)).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void workingDaysBetweenCountsTheHalfOpenInterval() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        assertThat(calendar.workingDaysBetween(friday, friday)).isZero();
        assertThat(calendar.workingDaysBetween(friday, friday.plusDays(2))).isZero(); // to Sunday
        assertThat(calendar.workingDaysBetween(friday.minusDays(1), friday)).isOne(); // Thursday to Friday
        assertThat(calendar.workingDaysBetween(friday, friday.plusDays(3))).isOne(); // to Monday
        assertThat(calendar.workingDaysBetween(friday.plusDays(3), friday)).isEqualTo(-1); // reversed
        // Whole years, counted (31 Dec, 31 Dec]: 2025 has 261 weekdays less 10 weekday holidays, 2026 less 8.
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)))
                .isEqualTo(251);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
                .isEqualTo(253);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31)))
                .isEqualTo(252);
    }

    @Test
    @Timeout(5)
    void workingDaysBetweenStaysCheapOverLongSpans() {
        long count = calendar.workingDaysBetween(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
        assertThat(count).isBetween(2_400_000L, 2_610_000L);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> calendar.addWorkingDays(null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> calendar.isWorkingDay(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.nextWorkingDayOnOrAfter(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.workingDaysBetween(null, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from");
        assertThatThrownBy(() -> new WorkingDayCalendar(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
