package pl.cus.portal.shared.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import pl.cus.portal.shared.i18n.Languages;

/**
 * Dates, times and numbers as the viewer's language writes them; the one place views format them. Times are shown in
 * the centre's zone. Polish long dates read "5 marca 2026 r.".
 */
public final class Formats {

    /** The centre's time zone, in which staff and residents read every time. */
    public static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");

    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter shortDateTime;
    private final DateTimeFormatter month;

    private Formats(Locale locale) {
        this.locale = Languages.of(locale).locale();
        this.longDate = "pl".equals(this.locale.getLanguage())
                ? DateTimeFormatter.ofPattern("d MMMM y 'r.'", this.locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
        this.shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale);
        this.shortDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(this.locale)
                .withZone(CENTRE);
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", this.locale);
    }

    public static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** "5 marca 2026 r.", "March 5, 2026"; empty for no date. */
    public String date(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** "5 mar 2026", "Mar 5, 2026": for tables and lists. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    /** The long date and the hour in the centre's zone: "5 marca 2026 r., 14:05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : date(instant.atZone(CENTRE).toLocalDate()) + ", " + time(instant);
    }

    /** A short date and time in the centre's zone, for lists. */
    public String shortDateTime(Instant instant) {
        return instant == null ? "" : shortDateTime.format(instant);
    }

    /** "14:05" in the centre's zone. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(CENTRE));
    }

    /** "14:05:09" in the centre's zone, for a live "last updated" line. */
    public String timeWithSeconds(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm:ss").format(instant.atZone(CENTRE));
    }

    /** An exact timestamp for records such as the audit trail: "2026-03-05 14:05:09" in the centre's zone. */
    public String timestamp(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(instant.atZone(CENTRE));
    }

    /** "marzec 2026", "March 2026". */
    public String month(YearMonth yearMonth) {
        return yearMonth == null ? "" : month.format(yearMonth);
    }

    /** "1 234" in Polish and Ukrainian, "1,234" in English. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** The locale the texts are written for. */
    public Locale locale() {
        return locale;
    }
}
