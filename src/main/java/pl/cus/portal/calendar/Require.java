package pl.cus.portal.calendar;

/**
 * Argument checks for this package. They throw {@link IllegalArgumentException} even for nulls, because
 * callers (the API, configuration binding) map that one exception to "bad input" rather than to a server error.
 */
final class Require {

    private Require() {}

    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static int notNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
