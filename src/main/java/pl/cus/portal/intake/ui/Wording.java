package pl.cus.portal.intake.ui;

import java.time.LocalDate;
import java.util.Locale;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.shared.i18n.Messages;

/** Plain-language sentences shared by the pages: kinds, statuses, and whether the centre is on time with the plan. */
final class Wording {

    private Wording() {}

    /** A kind missing from a stored draft reads "unknown type" rather than failing the page. */
    static String kind(ApplicationKind kind, Locale locale) {
        return kind == null
                ? Messages.get("intake.drafts.unknown-kind", locale)
                : Messages.get("intake.kind." + kind.name(), locale);
    }

    /** Statuses added later by other modules read as a neutral "in progress" until they get their own words. */
    static String status(ApplicationStatus status, Locale locale) {
        return orElse("intake.status." + status.name(), "intake.status.other", locale);
    }

    static String history(ApplicationStatus status, Locale locale) {
        return orElse("intake.history." + status.name(), "intake.history.other", locale);
    }

    private static String orElse(String key, String fallback, Locale locale) {
        String text = Messages.get(key, locale);
        return text.startsWith("!") ? Messages.get(fallback, locale) : text;
    }

    /** "Centrum ma czas do 23 grudnia 2026 r. …" and its siblings, one per deadline state. */
    static String deadline(DeadlineState state, LocalDate due, Locale locale) {
        DeadlineState shown = state == null ? DeadlineState.ON_TRACK : state;
        return Messages.get("intake.deadline." + shown.name(), locale, Dates.longDate(due, locale));
    }
}
