package pl.cus.portal.intake.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates written out the way each language writes them in letters: "23 grudnia 2026 r.", "December 23, 2026". */
final class Dates {

    static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");

    private Dates() {}

    static String longDate(LocalDate date, Locale locale) {
        if ("pl".equals(locale.getLanguage())) {
            // CLDR's long Polish date has no "r."; official Polish letters add it.
            return DateTimeFormatter.ofPattern("d MMMM y 'r.'", locale).format(date);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    static String longDate(Instant instant, Locale locale) {
        return longDate(instant.atZone(CENTRE).toLocalDate(), locale);
    }

    static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(CENTRE));
    }

    static String dateTime(Instant instant, Locale locale) {
        return longDate(instant, locale) + ", " + time(instant);
    }
}
