package pl.cus.portal.triage;

import java.util.Locale;

/**
 * Plural categories for counted phrases ("1 sprawa", "4 sprawy", "5 spraw"): message keys end in {@code .one},
 * {@code .few} or {@code .many}. Polish and Ukrainian need three forms; English uses one and many.
 */
public final class Plurals {

    private Plurals() {}

    public static String category(long count, Locale locale) {
        long n = Math.abs(count);
        String language = locale == null ? "pl" : locale.getLanguage();
        if ("en".equals(language)) {
            return n == 1 ? "one" : "many";
        }
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        if ("uk".equals(language)) {
            if (lastDigit == 1 && lastTwo != 11) {
                return "one";
            }
        } else if (n == 1) {
            return "one";
        }
        return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
    }

    /** {@code prefix + "." + category}, e.g. {@code triage.reason.workload.few}. */
    public static String key(String prefix, long count, Locale locale) {
        return prefix + "." + category(count, locale);
    }
}
