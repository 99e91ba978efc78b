package pl.cus.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolishHolidaysTests {

    private final PolishHolidays holidays = new PolishHolidays();

    // Known Western Easter dates (cross-checked against published tables), incl. the earliest (22 Mar) and
    // latest (25 Apr) possible ones and century years where the Gregorian corrections kick in.
    @ParameterizedTest
    @CsvSource({
        "1583, 1583-04-10", "1818, 1818-03-22", "1900, 1900-04-15", "1943, 1943-04-25", "1954, 1954-04-18",
        "1961, 1961-04-02", "2000, 2000-04-23", "2008, 2008-03-23", "2010, 2010-04-04", "2011, 2011-04-24",
        "2012, 2012-04-08", "2013, 2013-03-31", "2014, 2014-04-20", "2015, 2015-04-05", "2016, 2016-03-27",
        "2017, 2017-04-16", "2018, 2018-04-01", "2019, 2019-04-21", "2020, 2020-04-12", "2021, 2021-04-04",
        "2022, 2022-04-17", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
        "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21", "2031, 2031-04-13",
        "2032, 2032-03-28", "2033, 2033-04-17", "2034, 2034-04-09", "2035, 2035-03-25", "2038, 2038-04-25",
        "2100, 2100-03-28", "2285, 2285-03-22", "2400, 2400-04-16", "3000, 3000-04-13"
    })
    void easterSundayMatchesKnownDates(int year, LocalDate easter) {
        assertThat(PolishHolidays.easterSunday(year)).isEqualTo(easter);
        assertThat(holidays.nameOf(easter)).contains("Pierwszy dzień Wielkiej Nocy");
        assertThat(holidays.nameOf(easter.plusDays(1))).contains("Drugi dzień Wielkiej Nocy");
    }

    @Test
    void easterIsAlwaysASundayBetween22MarchAnd25April() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = PolishHolidays.easterSunday(year);
            assertThat(easter.getDayOfWeek()).as("Easter %d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("Easter %d", year).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-4713, -1, 0, 1, 999, 1_000_000})
    void easterIsDefinedForProlepticAndFarYears(int year) {
        LocalDate easter = PolishHolidays.easterSunday(year);
        assertThat(easter.getYear()).isEqualTo(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(holidays.holidaysIn(year)).contains(easter, easter.plusDays(1));
    }

    @ParameterizedTest
    @CsvSource({
        "2019, 2019-06-09, 2019-06-20",
        "2024, 2024-05-19, 2024-05-30",
        "2025, 2025-06-08, 2025-06-19",
        "2026, 2026-05-24, 2026-06-04",
        "2027, 2027-05-16, 2027-05-27",
        "2028, 2028-06-04, 2028-06-15",
        "2038, 2038-06-13, 2038-06-24"
    })
    void pentecostAndCorpusChristi(int year, LocalDate pentecost, LocalDate corpusChristi) {
        assertThat(holidays.nameOf(pentecost)).contains("Pierwszy dzień Zielonych Świątek");
        assertThat(pentecost.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(holidays.nameOf(corpusChristi)).contains("Dzień Bożego Ciała");
        assertThat(corpusChristi.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(holidays.holidaysIn(year)).contains(pentecost, corpusChristi);
        // The Friday after Corpus Christi is a popular bridge day, but not a holiday.
        assertThat(holidays.isHoliday(corpusChristi.plusDays(1))).isFalse();
    }

    @Test
    void fullListFor2025InDateOrder() {
        assertThat(holidays.holidaysIn(2025))
                .containsExactly(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 1, 6),
                        LocalDate.of(2025, 4, 20),
                        LocalDate.of(2025, 4, 21),
                        LocalDate.of(2025, 5, 1),
                        LocalDate.of(2025, 5, 3),
                        LocalDate.of(2025, 6, 8),
                        LocalDate.of(2025, 6, 19),
                        LocalDate.of(2025, 8, 15),
                        LocalDate.of(2025, 11, 1),
                        LocalDate.of(2025, 11, 11),
                        LocalDate.of(2025, 12, 24),
                        LocalDate.of(2025, 12, 25),
                        LocalDate.of(2025, 12, 26));
    }

    @Test
    void holidayCountsFollowTheTwoStatutoryChanges() {
        assertThat(holidays.holidaysIn(2010)).hasSize(12);
        assertThat(holidays.holidaysIn(2011)).hasSize(13);
        assertThat(holidays.holidaysIn(2024)).hasSize(13);
        assertThat(holidays.holidaysIn(2025)).hasSize(14);
        assertThat(holidays.holidaysIn(2099)).hasSize(14);
    }

    @Test
    void christmasEveIsAHolidayFrom2025Only() {
        assertThat(holidays.isHoliday(LocalDate.of(2024, 12, 24))).isFalse();
        assertThat(holidays.nameOf(LocalDate.of(2024, 12, 24))).isEmpty();
        assertThat(holidays.isHoliday(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(holidays.nameOf(LocalDate.of(2025, 12, 24))).contains("Wigilia Bożego Narodzenia");
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(holidays.isHoliday(LocalDate.of(2040, 12, 24))).isTrue();
    }

    @Test
    void epiphanyIsAHolidayFrom2011Only() {
        assertThat(holidays.isHoliday(LocalDate.of(2010, 1, 6))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2011, 1, 6))).isTrue();
        assertThat(holidays.nameOf(LocalDate.of(2026, 1, 6))).contains("Święto Trzech Króli");
    }

    @ParameterizedTest
    @CsvSource({
        "1, 1, Nowy Rok",
        "5, 1, Święto Państwowe",
        "5, 3, Święto Narodowe Trzeciego Maja",
        "8, 15, Wniebowzięcie Najświętszej Maryi Panny",
        "11, 1, Wszystkich Świętych",
        "11, 11, Narodowe Święto Niepodległości",
        "12, 25, Pierwszy dzień Bożego Narodzenia",
        "12, 26, Drugi dzień Bożego Narodzenia"
    })
    void fixedHolidaysEveryYear(int month, int day, String name) {
        for (int year = 1990; year <= 2100; year++) {
            LocalDate date = LocalDate.of(year, month, day);
            assertThat(holidays.isHoliday(date)).as("%s", date).isTrue();
            assertThat(holidays.nameOf(date)).as("%s", date).contains(name);
        }
    }

    @Test
    void ordinaryDaysAreNotHolidays() {
        assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 2))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 11, 2))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 31))).isFalse();
        // Good Friday and Holy Saturday are not statutory holidays.
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(holidays.isHoliday(LocalDate.of(2026, 4, 4))).isFalse();
        // A weekend day is not a holiday by itself.
        assertThat(holidays.isHoliday(LocalDate.of(2026, 3, 7))).isFalse();
    }

    @Test
    void holidaysOfAYearAreAllInThatYearAndUnmodifiable() {
        for (int year = 1950; year <= 2150; year++) {
            Set<LocalDate> days = holidays.holidaysIn(year);
            int y = year;
            assertThat(days).allSatisfy(d -> assertThat(d.getYear()).isEqualTo(y));
            assertThat(new ArrayList<>(days)).isSorted();
        }
        assertThatThrownBy(() -> holidays.holidaysIn(2026).add(LocalDate.of(2026, Month.JULY, 22)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> holidays.namedHolidaysIn(2026).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void cachedAndUncachedYearsGiveEqualResults() {
        // 2026 is inside the cached window, 2500 outside; both must be stable across calls.
        assertThat(holidays.namedHolidaysIn(2026)).isSameAs(holidays.namedHolidaysIn(2026));
        assertThat(holidays.namedHolidaysIn(2500)).isEqualTo(new PolishHolidays().namedHolidaysIn(2500));
        assertThat(holidays.holidaysIn(2500)).hasSize(14);
    }

    @Test
    void concurrentFirstUseSeesOneConsistentYear() throws Exception {
        PolishHolidays shared = new PolishHolidays();
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        Queue<SortedMap<LocalDate, String>> seen = new ConcurrentLinkedQueue<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    for (int year = 2000; year < 2100; year++) {
                        if (year == 2030) {
                            seen.add(shared.namedHolidaysIn(year));
                        }
                        assertThat(shared.isHoliday(LocalDate.of(year, 11, 11))).isTrue();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get();
            }
        }
        // One computation wins and every thread gets that very instance.
        assertThat(seen).hasSize(threads).allSatisfy(map -> assertThat(map).isSameAs(seen.peek()));
    }

    @Test
    void rejectsNullDates() {
        assertThatThrownBy(() -> holidays.isHoliday(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> holidays.nameOf(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("date");
    }
}
