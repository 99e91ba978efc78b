package pl.cus.portal.intake.ui;

import java.time.LocalDate;
import java.util.Locale;
import pl.cus.portal.deadlines.DeadlineState;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.shared.i18n.Messages;

/** Plain-language sentences shared by the pages: kinds, statuses, and whether the centre is on time with the plan. */
final class Wording {

    private Wording() {
    }

    static String kind(ApplicationKind kind, Locale locale) {
        return Messages.get("intake.kind." + kind.name(), locale);
    }

    static String status(ApplicationStatus status, Locale locale) {
        return Messages.get("intake.status." + status.name(), locale);
    }

    /** "Centrum ma czas do 23 grudnia 2026 r. …" and its siblings, one per deadline state. */
    static String deadline(DeadlineState state, LocalDate due, Locale locale) {
        DeadlineState shown = state == null ? DeadlineState.ON_TRACK : state;
        return Messages.get("intake.deadline." + shown.name(), locale, Dates.longDate(due, locale));
    }
}
