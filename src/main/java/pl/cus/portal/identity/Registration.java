package pl.cus.portal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** What a resident gives to open an account. */
public record Registration(
        String email,
        @Nullable String password,
        String displayName,
        @Nullable String language) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    /** The shortest password the password rules accept (issue 14). */
    public static final int MIN_PASSWORD = 12;

    /**
     * The address's and name's problems, every one named at once so that a form can show them together; the
     * password is judged by the password rules (identity's {@code PasswordRules}), which need the address and name.
     */
    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (email == null
                || email.length() > 254
                || !EMAIL.matcher(email.trim()).matches()
                || SignInName.of(email).isEmpty()) {
            errors.add(new FieldError("email", "register.error.email", "Enter a valid e-mail address."));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            errors.add(new FieldError(
                    "displayName", "register.error.name", "Enter how we should address you (up to 120 characters)."));
        }
        return errors;
    }

    /** The address as it is stored and signed in with: its {@link SignInName}. */
    public String normalisedEmail() {
        return SignInName.of(email)
                .orElseThrow(() -> new IllegalStateException("validate first"))
                .value();
    }

    public String languageOrDefault() {
        return language == null || !List.of("pl", "en", "uk").contains(language) ? "pl" : language;
    }
}
