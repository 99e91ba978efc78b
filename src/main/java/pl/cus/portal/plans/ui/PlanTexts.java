package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/** Dates and error texts shared by the plan pages. */
final class PlanTexts {

    private PlanTexts() {}

    static String date(LocalDate date, Locale locale) {
        return date == null
                ? ""
                : date.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** The bundle's text for the error's key when there is one, else the service's own message. */
    static String error(Component component, String key, String fallback) {
        String text = key == null ? null : component.getTranslation(key);
        return text == null || text.startsWith("!") || text.equals(key) ? fallback : text;
    }

    static String error(Component component, DomainException e) {
        if (e instanceof InvalidInput invalid && !invalid.errors().isEmpty()) {
            var first = invalid.errors().getFirst();
            return error(component, first.messageKey(), first.message());
        }
        return error(component, e.messageKey(), e.getMessage());
    }
}
