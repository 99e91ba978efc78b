package pl.cus.portal.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one normalised form of what a person types as their sign-in name (a staff username or an e-mail address).
 * The account look-up, the per-account sign-in lock and the sign-in log all use {@link #value()}, so two spellings
 * that reach the same account also share its lock and its allowance of wrong passwords (issue 14, item 1).
 *
 * <p>A name with a control or format character anywhere (NUL, {@code \x01}, tab, line breaks, zero-width spaces and
 * joiners, bidirectional marks, the soft hyphen), a line or paragraph separator, a lone surrogate or an unassigned code
 * point is refused outright, not cleaned up: it never matches an account. Otherwise the name is put in Unicode NFC,
 * stripped of white space at both ends and lower-cased with {@link Locale#ROOT}.
 * {@link #value()} is therefore never blank, at most {@value #MAX_LENGTH} characters long, and has no refused character.
 */
public final class SignInName {

    /** The longest e-mail address there can be; usernames are far shorter. */
    public static final int MAX_LENGTH = 254;

    private final String value;

    private SignInName(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The normalised name, or empty when the input is missing, blank, too long or has a refused character. */
    public static Optional<SignInName> of(@Nullable String typed) {
        if (typed == null || typed.length() > 4 * MAX_LENGTH) {
            return Optional.empty();
        }
        if (typed.codePoints().anyMatch(SignInName::refused)) {
            return Optional.empty();
        }
        String normalised =
                strip(Normalizer.normalize(typed, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        // Lower-casing can change the length, and NFC can compose characters into refused ones: look again.
        if (normalised.isEmpty()
                || normalised.length() > MAX_LENGTH
                || normalised.codePoints().anyMatch(SignInName::refused)) {
            return Optional.empty();
        }
        return Optional.of(new SignInName(normalised));
    }

    static boolean refused(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    /** White space and other space separators (such as the no-break space) at both ends. */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInName name && name.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
