package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/** Dates, months, time limits and error texts shared by the assistance pages. */
final class AssistanceTexts {

    private AssistanceTexts() {}

    static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : date.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    static String month(YearMonth month, Locale locale) {
        return month == null ? "" : month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    /** "Next meeting with the family: 12 November 2026 — due soon"; the state in words, never colour alone. */
    static Span limit(Component component, TimeLimit limit, Locale locale) {
        String what =
                component.getTranslation("assistance.limit." + limit.rule().id(), month(limit.month(), locale));
        var state = new Span(
                component.getTranslation("assistance.state." + limit.state().name()));
        // The deadline board's badge classes (cus.css): colour supports the words, never replaces them.
        state.setClassName("badge deadline-badge deadline-"
                + limit.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var line = new Span(what + ": " + date(limit.due(), locale) + " — ");
        line.add(state);
        return line;
    }

    static String error(Component component, String key, String fallback) {
        String text = key == null ? null : component.getTranslation(key);
        return text == null || text.startsWith("!") || text.equals(key) ? fallback : text;
    }

    static String error(Component component, DomainException e) {
        if (e instanceof InvalidInput invalid && !invalid.errors().isEmpty()) {
            return String.join(
                    " ",
                    invalid.errors().stream()
                            .map(first -> error(component, first.messageKey(), first.message()))
                            .distinct()
                            .toList());
        }
        return error(component, e.messageKey(), e.getMessage());
    }

    static Optional<ApplicationId> id(String value) {
        try {
            return Optional.of(new ApplicationId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
