package pl.cus.portal.identity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.Role;

/**
 * What the administrator gives to open a staff account. The initial password is not part of it: the portal
 * generates one and shows it once.
 *
 * @param username    lower-case letters, digits, dots and hyphens, 3–40 characters (what the person signs in with)
 * @param displayName the person's name as colleagues and residents see it
 * @param email       an optional work e-mail address (may also be used to sign in)
 * @param roles       one or more staff roles; never {@link Role#RESIDENT}
 */
public record StaffAccountRequest(
        String username, String displayName, @Nullable String email, Set<Role> roles) {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,38}[a-z0-9]$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    public StaffAccountRequest {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Rejects the request with every problem named at once. */
    public StaffAccountRequest validated() {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            errors.add(
                    new FieldError(
                            "username",
                            "identity.staff.error.username",
                            "Use 3–40 lower-case letters, digits, dots or hyphens, starting and ending with a letter or digit."));
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            errors.add(new FieldError(
                    "displayName", "identity.staff.error.name", "Enter the person's name (up to 120 characters)."));
        }
        if (email != null
                && !email.isBlank()
                && (email.length() > 254
                        || !EMAIL.matcher(email.strip()).matches()
                        || SignInName.of(email).isEmpty())) {
            errors.add(new FieldError(
                    "email", "identity.staff.error.email", "Enter a valid work e-mail address or leave it empty."));
        }
        roleError(roles).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return this;
    }

    /** The problem with a set of roles for a staff account, if any: one or more staff roles, never a resident's. */
    public static Optional<FieldError> roleError(Set<Role> roles) {
        if (roles == null || roles.isEmpty() || !Role.STAFF.containsAll(roles)) {
            return Optional.of(new FieldError(
                    "roles",
                    "identity.staff.error.roles",
                    "Choose one or more staff roles (a resident role cannot be given here)."));
        }
        return Optional.empty();
    }

    public String normalisedUsername() {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** The work e-mail in lower case, or {@code null} when none was given. */
    public @Nullable String normalisedEmail() {
        return email == null || email.isBlank()
                ? null
                : SignInName.of(email)
                        .orElseThrow(() -> new IllegalStateException("validate first"))
                        .value();
    }
}
