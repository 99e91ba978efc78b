package pl.cus.portal.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polish statutory public holidays (dni ustawowo wolne od pracy, ustawa z 18 stycznia 1951 r. o dniach wolnych
 * od pracy), with their statutory Polish names.
 *
 * <p>The list is the one in force today, applied to any year, with the two changes that matter for deadlines
 * still open or recently closed: 6 January is a holiday from 2011 and 24 December from 2025. Older changes
 * (e.g. 22 July before 1990) are deliberately not modelled: this is a deadline calendar, not a history book.
 *
 * <p>Thread-safe; one instance can be shared.
 */
public final class PolishHolidays {

    /** 6 January (Trzech Króli) was restored by the act of 24 September 2010, in force from 2011. */
    static final int EPIPHANY_SINCE = 2011;

    /** 24 December (Wigilia) became a holiday by the act of 6 December 2024, first observed in 2025. */
    static final int CHRISTMAS_EVE_SINCE = 2025;

    // Only a window of years is cached: dates come from untrusted input too, and an unbounded cache keyed by
    // year could be grown at will. Years outside the window are computed on demand (a few microseconds).
    private static final int CACHE_FROM = 1900;
    private static final int CACHE_TO = 2299;

    private final Map<Integer, SortedMap<LocalDate, String>> cache = new ConcurrentHashMap<>();

    /** Whether the date is a statutory public holiday. Weekends are not holidays by themselves. */
    public boolean isHoliday(LocalDate date) {
        Require.notNull(date, "date");
        return namedHolidaysIn(date.getYear()).containsKey(date);
    }

    /** The statutory Polish name of the holiday on that date, or empty when it is not a holiday. */
    public Optional<String> nameOf(LocalDate date) {
        Require.notNull(date, "date");
        return Optional.ofNullable(namedHolidaysIn(date.getYear()).get(date));
    }

    /** The holidays of the year, unmodifiable, iterating in date order. */
    public Set<LocalDate> holidaysIn(int year) {
        return namedHolidaysIn(year).keySet();
    }

    /** The holidays of the year with their statutory Polish names, unmodifiable, in date order. */
    public SortedMap<LocalDate, String> namedHolidaysIn(int year) {
        if (year < CACHE_FROM || year > CACHE_TO) {
            return compute(year);
        }
        return cache.computeIfAbsent(year, PolishHolidays::compute);
    }

    /**
     * Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm as given by Meeus. Floor division keeps
     * it defined for every year {@link LocalDate} supports (proleptic calendar), not only positive ones.
     */
    public static LocalDate easterSunday(int year) {
        int a = Math.floorMod(year, 19);
        int b = Math.floorDiv(year, 100);
        int c = Math.floorMod(year, 100);
        int d = Math.floorDiv(b, 4);
        int e = Math.floorMod(b, 4);
        int f = Math.floorDiv(b + 8, 25);
        int g = Math.floorDiv(b - f + 1, 3);
        int h = Math.floorMod(19 * a + b - d - g + 15, 30);
        int i = Math.floorDiv(c, 4);
        int k = Math.floorMod(c, 4);
        int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
        int m = Math.floorDiv(a + 11 * h + 22 * l, 451);
        int month = Math.floorDiv(h + l - 7 * m + 114, 31);
        int day = Math.floorMod(h + l - 7 * m + 114, 31) + 1;
        return LocalDate.of(year, month, day);
    }

    private static SortedMap<LocalDate, String> compute(int year) {
        LocalDate easter = easterSunday(year);
        SortedMap<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "Nowy Rok");
        if (year >= EPIPHANY_SINCE) {
            days.put(LocalDate.of(year, Month.JANUARY, 6), "Święto Trzech Króli");
        }
        days.put(easter, "Pierwszy dzień Wielkiej Nocy");
        days.put(easter.plusDays(1), "Drugi dzień Wielkiej Nocy");
        days.put(LocalDate.of(year, Month.MAY, 1), "Święto Państwowe");
        days.put(LocalDate.of(year, Month.MAY, 3), "Święto Narodowe Trzeciego Maja");
        days.put(easter.plusDays(49), "Pierwszy dzień Zielonych Świątek");
        days.put(easter.plusDays(60), "Dzień Bożego Ciała");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "Wniebowzięcie Najświętszej Maryi Panny");
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), "Wszystkich Świętych");
        days.put(LocalDate.of(year, Month.NOVEMBER, 11), "Narodowe Święto Niepodległości");
        if (year >= CHRISTMAS_EVE_SINCE) {
            days.put(LocalDate.of(year, Month.DECEMBER, 24), "Wigilia Bożego Narodzenia");
        }
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "Pierwszy dzień Bożego Narodzenia");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "Drugi dzień Bożego Narodzenia");
        return Collections.unmodifiableSortedMap(days);
    }
}
