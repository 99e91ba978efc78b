package pl.cus.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 5);
    private static final Instant AFTERNOON = Instant.parse("2026-03-05T13:05:09Z");

    @Test
    void polishLongDatesEndWithTheYearAbbreviation() {
        var pl = Formats.of(Locale.of("pl"));
        assertThat(pl.date(DAY)).isEqualTo("5 marca 2026 r.");
        assertThat(pl.dateTime(AFTERNOON)).isEqualTo("5 marca 2026 r., 14:05");
        assertThat(pl.month(YearMonth.of(2026, 3))).isEqualTo("marzec 2026");
    }

    @Test
    void timesAreTheCentresWhateverTheServerZone() {
        var en = Formats.of(Locale.ENGLISH);
        assertThat(en.time(AFTERNOON)).isEqualTo("14:05");
        assertThat(en.timestamp(AFTERNOON)).isEqualTo("2026-03-05 14:05:09");
        assertThat(en.date(DAY)).isEqualTo("March 5, 2026");
    }

    @Test
    void numbersAreGroupedAsTheLanguageWritesThem() {
        assertThat(Formats.of(Locale.ENGLISH).number(1234)).isEqualTo("1,234");
        assertThat(Formats.of(Locale.of("pl")).number(1234)).isEqualTo("1\u00a0234");
        assertThat(Formats.of(Locale.of("uk")).number(1234)).isEqualTo("1\u00a0234");
    }

    @Test
    void noDateIsNoText() {
        assertThat(Formats.of(Locale.of("pl")).date(null)).isEmpty();
        assertThat(Formats.of(Locale.of("pl")).shortDateTime(null)).isEmpty();
    }
}
