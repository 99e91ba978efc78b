package pl.cus.portal.assistance;

import java.util.ArrayList;
import java.util.List;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** The records' lists: immutable copies, and a {@code null} item is the caller's bad input (400), not a crash (500). */
final class Lists {

    private Lists() {}

    static <T> List<T> copyWithoutNulls(String field, List<T> given) {
        if (given == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                errors.add(new FieldError(
                        field + "[" + i + "]",
                        "assistance.error.list-item",
                        "Item " + i + " of " + field + " is empty (null); remove it or fill it in."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return List.copyOf(given);
    }
}
