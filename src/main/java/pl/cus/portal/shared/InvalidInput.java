package pl.cus.portal.shared;

import java.util.List;

/** Input that breaks a rule, with every offending field named so that forms and API clients can point at it. */
public final class InvalidInput extends DomainException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(
                "error.invalid-input",
                "Invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String messageKey, String message) {
        return new InvalidInput(List.of(new FieldError(field, messageKey, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String messageKey, String message) {}
}
