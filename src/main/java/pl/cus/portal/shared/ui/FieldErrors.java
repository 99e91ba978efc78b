package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import pl.cus.portal.shared.InvalidInput;

/**
 * The fields of a form by the names services use in {@link InvalidInput.FieldError#field()}, so that a refusal's field
 * errors land on the fields and only the rest goes to the form's {@link Feedback}.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public static FieldErrors none() {
        return new FieldErrors();
    }

    public FieldErrors with(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Clears every field's error, before a new attempt. */
    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /**
     * Marks the fields named by {@code invalid}; answers the words for errors no field here shows (empty when every
     * error found its field).
     */
    String mark(InvalidInput invalid, Locale locale, Object... params) {
        var unplaced = new StringBuilder();
        invalid.errors().forEach(error -> {
            String text = Refusals.known(error.messageKey(), locale, params);
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else if (!unplaced.toString().contains(text)) {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(text);
            }
        });
        return unplaced.toString();
    }

    @Override
    public String toString() {
        return fields.keySet().stream().collect(Collectors.joining(", ", "FieldErrors[", "]"));
    }
}
