package pl.cus.portal.triage.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.i18n.Messages;
import pl.cus.portal.triage.Plurals;

/** Staff-facing words for cases: kinds, statuses, deadlines and days written out. */
final class Texts {

    static final ZoneId CENTRE = ZoneId.of("Europe/Warsaw");

    private Texts() {}

    static String t(Locale locale, String key, Object... params) {
        return Messages.get(key, locale, params);
    }

    static String kind(CaseSummary summary, Locale locale) {
        return t(locale, "triage.kind." + summary.kind().name());
    }

    static String status(CaseSummary summary, Locale locale) {
        return t(locale, "triage.status." + summary.status().name());
    }

    static String language(String tag, Locale locale) {
        return tag == null || tag.isBlank() ? t(locale, "triage.none") : t(locale, "triage.language." + tag);
    }

    static String orNone(String text, Locale locale) {
        return text == null || text.isBlank() ? t(locale, "triage.none") : text;
    }

    static String deadline(DeadlineState state, Locale locale) {
        return state == null ? t(locale, "triage.none") : t(locale, "triage.deadline." + state.name());
    }

    /** Requested services for IPUS, the situation for "Za życiem". */
    static String requested(CaseSummary summary, Locale locale) {
        if (summary.situation() != null) {
            return t(locale, "triage.situation." + summary.situation().name());
        }
        return summary.services().isEmpty()
                ? t(locale, "triage.none")
                : summary.services().stream().map(ServiceSummary::name).collect(Collectors.joining(", "));
    }

    static long daysSince(Instant submittedAt, LocalDate today) {
        return ChronoUnit.DAYS.between(submittedAt.atZone(CENTRE).toLocalDate(), today);
    }

    static String waiting(CaseSummary summary, LocalDate today, Locale locale) {
        long days = daysSince(summary.submittedAt(), today);
        return days <= 0
                ? t(locale, "triage.days.since.zero")
                : t(locale, Plurals.key("triage.days.since", days, locale), days);
    }

    /** "jeszcze 5 dni", "termin mija dziś", "2 dni po terminie". */
    static String daysLeft(LocalDate due, LocalDate today, Locale locale) {
        if (due == null) {
            return t(locale, "triage.none");
        }
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return t(locale, "triage.days.today");
        }
        return days > 0
                ? t(locale, Plurals.key("triage.days.left", days, locale), days)
                : t(locale, Plurals.key("triage.days.overdue", -days, locale), -days);
    }

    static String date(LocalDate date, Locale locale) {
        if ("pl".equals(locale.getLanguage())) {
            return DateTimeFormatter.ofPattern("d MMMM y 'r.'", locale).format(date);
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    static String dateTime(Instant instant, Locale locale) {
        return date(instant.atZone(CENTRE).toLocalDate(), locale) + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(CENTRE));
    }

    static String workload(int active, Integer limit, Locale locale) {
        String cases = active == 0
                ? t(locale, "triage.workload.cases.zero")
                : t(locale, Plurals.key("triage.workload.cases", active, locale), active);
        return limit == null ? cases : cases + " (" + t(locale, "triage.workload.limit", limit) + ")";
    }

    /** A refusal in the person's language: the service's message key, with field errors joined. */
    static String error(Throwable error, Locale locale) {
        if (error instanceof InvalidInput invalid) {
            return invalid.errors().stream()
                    .map(e -> t(locale, e.messageKey()))
                    .distinct()
                    .collect(Collectors.joining(" "));
        }
        if (error instanceof DomainException domain) {
            String text = t(locale, domain.messageKey());
            return text.startsWith("!") ? t(locale, "triage.error.generic") : text;
        }
        return t(locale, "triage.error.generic");
    }

    /** CSS class for the deadline badge: colour supports the words, never replaces them. */
    static String badge(DeadlineState state) {
        return "badge deadline-badge deadline-"
                + (state == null
                        ? "none"
                        : state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
