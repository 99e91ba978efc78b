package pl.cus.portal.shared.web;

import java.util.Locale;

/** Values in requests that several modules read the same way. */
public final class RouteValues {

    private RouteValues() {}

    /**
     * The constant of {@code type} named by {@code value}, in any case and with surrounding white space ignored.
     *
     * @throws IllegalArgumentException when no constant has that name
     */
    public static <E extends Enum<E>> E named(Class<E> type, String value) {
        return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    }
}
