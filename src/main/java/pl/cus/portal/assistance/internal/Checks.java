package pl.cus.portal.assistance.internal;

import java.time.LocalDate;
import java.util.List;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** The field checks the family-assistance rules are made of: dates not in the future, texts within their length. */
final class Checks {

    private Checks() {}

    static void pastDate(List<FieldError> errors, String field, LocalDate date, LocalDate today, boolean required) {
        if (date == null) {
            if (required) {
                errors.add(error(field, "assistance.error.date-required", "Give the date as YYYY-MM-DD."));
            }
        } else if (date.isAfter(today)) {
            errors.add(error(field, "assistance.error.date-future", "The date cannot be in the future."));
        }
    }

    static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(error(field, "assistance.error.text-required", "Fill in " + field + "."));
            }
        } else if (value.strip().length() > max) {
            errors.add(error(field, "assistance.error.text-long", "At most " + max + " characters in " + field + "."));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static FieldError error(String field, String key, String message) {
        return new FieldError(field, key, message);
    }
}
