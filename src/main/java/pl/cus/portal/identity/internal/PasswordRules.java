package pl.cus.portal.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.InvalidInput.FieldError;

/**
 * The one set of password rules (issue 14, item 4), for registration, password reset and password change: at least
 * {@link Registration#MIN_PASSWORD} characters (and at most {@value #MAX_LENGTH}), not one character repeated, not the
 * e-mail address's local part or the person's name (nor containing them), and not a common or breached password
 * from the shipped list {@code identity/common-passwords.txt} (zxcvbn's, MIT; docs/configuration.md), also not with
 * only digits or punctuation around it. Staff initial passwords are generated ({@link InitialPasswords}) and meet
 * the rules. The demo accounts' {@code demo} is seeded directly and never checked here.
 */
@Component
class PasswordRules {

    static final int MAX_LENGTH = 200;
    static final String LIST = "identity/common-passwords.txt";

    private final Set<String> common;

    PasswordRules() {
        this.common = load();
    }

    /** The first rule the password breaks, as an error on {@code field}; empty when it meets them all. */
    Optional<FieldError> check(String field, @Nullable String password, @Nullable String email, String name) {
        if (password == null || password.length() < Registration.MIN_PASSWORD) {
            return error(
                    field,
                    "identity.password.rule.length",
                    "The password must have at least " + Registration.MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return error(
                    field,
                    "identity.password.rule.too-long",
                    "The password may have at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() == 1) {
            return error(field, "identity.password.rule.repeated", "The password must not be one character repeated.");
        }
        if (personalParts(email, name).stream().anyMatch(lower::contains)) {
            return error(
                    field,
                    "identity.password.rule.personal",
                    "The password must not contain your e-mail address or your name.");
        }
        if (common.contains(lower) || common.contains(core(lower))) {
            return error(
                    field,
                    "identity.password.rule.common",
                    "This password is on a list of common or leaked passwords; choose another one.");
        }
        return Optional.empty();
    }

    boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT));
    }

    /** The e-mail's local part, the name, the name without spaces, and their longer pieces (4 characters or more). */
    static List<String> personalParts(@Nullable String email, String name) {
        List<String> parts = new ArrayList<>();
        if (email != null && email.indexOf('@') > 0) {
            addWithPieces(
                    parts,
                    email.strip().substring(0, email.strip().indexOf('@')).toLowerCase(Locale.ROOT),
                    "[._+\\-]+");
        }
        if (name != null && !name.isBlank()) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            addWithPieces(parts, lower, "[\\s.\\-']+");
            add(parts, lower.replaceAll("\\s+", ""), 3);
        }
        return parts;
    }

    private static void addWithPieces(List<String> parts, String whole, String separators) {
        add(parts, whole, 3);
        for (String piece : whole.split(separators)) {
            add(parts, piece, 4);
        }
    }

    private static void add(List<String> parts, String part, int minLength) {
        if (part.length() >= minLength) {
            parts.add(part);
        }
    }

    /** Without the digits and punctuation before and after it: "dragon123456!" is "dragon". */
    static String core(String lower) {
        return lower.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+", "").replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
    }

    private static Optional<FieldError> error(String field, String key, String message) {
        return Optional.of(new FieldError(field, key, message));
    }

    private static Set<String> load() {
        var in = PasswordRules.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            throw new IllegalStateException("The list of common passwords " + LIST + " is missing from the classpath");
        }
        Set<String> words = new HashSet<>(40_000);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
