package pl.cus.portal.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** What a resident gives to open an account. */
public record Registration(String email, String password, String displayName, String language) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    public static final int MIN_PASSWORD = 10;

    /** Rejects the registration with every problem named at once, so a form can show them together. */
    public Registration validated() {
        List<FieldError> errors = new ArrayList<>();
        if (email == null || email.length() > 254 || !EMAIL.matcher(email.trim()).matches() || SignInName.of(email).isEmpty()) {
            errors.add(new FieldError("email", "register.error.email", "Enter a valid e-mail address."));
        }
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            errors.add(new FieldError("password", "register.error.password",
                    "The password must have at least " + MIN_PASSWORD + " characters."));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            errors.add(new FieldError("displayName", "register.error.name", "Enter how we should address you (up to 120 characters)."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return this;
    }

    /** The address as it is stored and signed in with: its {@link SignInName}. */
    public String normalisedEmail() {
        return SignInName.of(email).orElseThrow(() -> new IllegalStateException("validate first")).value();
    }

    public String languageOrDefault() {
        return language == null || !List.of("pl", "en", "uk").contains(language) ? "pl" : language;
    }
}
