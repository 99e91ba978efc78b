package pl.cus.portal.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

/**
 * A reporting period of Europe/Warsaw calendar days, both ends inclusive: an application submitted on {@code from} or on
 * {@code to} counts, one submitted the day before {@code from} or the day after {@code to} does not.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** The longest period a summary is computed for. */
    public static final int MAX_YEARS = 10;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInput.of(
                    "to", "reporting.error.order", "The end of the period (to) is before its start (from).");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw InvalidInput.of("to", "reporting.error.span", "A period is at most " + MAX_YEARS + " years long.");
        }
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** @param half 1 for January–June, 2 for July–December */
    public static ReportPeriod halfYear(int year, int half) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half is 1 or 2, was " + half);
        }
        return half == 1
                ? new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new ReportPeriod(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    /** The quarter (1–4) that contains the day. */
    public static ReportPeriod quarterOf(LocalDate day) {
        int quarter = (day.getMonthValue() - 1) / 3;
        LocalDate start = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }

    /** The half-year that contains the day: the default period of the summary (art. 46: at least every 6 months). */
    public static ReportPeriod halfYearOf(LocalDate day) {
        return halfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /**
     * Reads ISO dates ({@code 2027-01-01}) as a client sends them.
     *
     * @throws InvalidInput naming {@code from} and/or {@code to} when missing or unreadable, or {@code to} before {@code from}
     */
    public static ReportPeriod parse(String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date(errors, "from", from);
        LocalDate end = date(errors, "to", to);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ReportPeriod(start, end);
    }

    private static LocalDate date(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(
                    field, "reporting.error.date-missing", "Give " + field + " as a date, e.g. 2027-01-01."));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(
                    field, "reporting.error.date-invalid", "Cannot read " + field + " as a date (YYYY-MM-DD)."));
            return null;
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Every month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /**
     * The presets offered next to the date fields: for the current year and the {@code yearsBack} before it, the first
     * half-year, the second half-year and the whole year, newest first.
     */
    public static List<Preset> presets(LocalDate today, int yearsBack) {
        List<Preset> presets = new ArrayList<>();
        for (int year = today.getYear(); year >= today.getYear() - yearsBack; year--) {
            presets.add(new Preset(year + "-H2", Preset.Kind.SECOND_HALF, year, halfYear(year, 2)));
            presets.add(new Preset(year + "-H1", Preset.Kind.FIRST_HALF, year, halfYear(year, 1)));
            presets.add(new Preset(String.valueOf(year), Preset.Kind.YEAR, year, year(year)));
        }
        return presets;
    }

    /** A named period: {@code 2027-H1}, {@code 2027-H2}, {@code 2027}. */
    public record Preset(String key, Kind kind, int year, ReportPeriod period) {

        public enum Kind {
            FIRST_HALF,
            SECOND_HALF,
            YEAR
        }
    }
}
