package pl.cus.portal.catalogue.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small formatting helpers shared by the catalogue views. */
final class CatalogueTexts {

    private CatalogueTexts() {}

    /** Language tags as names in the reader's language: "polski, ukraiński". */
    static String languages(List<String> tags, Locale locale) {
        return tags.stream()
                .map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale))
                .collect(Collectors.joining(", "));
    }

    /**
     * The plural category of a count for Polish and Ukrainian ("1 usługa", "3 usługi", "5 usług", "22 usługi");
     * English uses "one" and "many".
     */
    static String plural(long n, Locale locale) {
        if (n == 1) {
            return "one";
        }
        if ("en".equals(locale.getLanguage())) {
            return "many";
        }
        long lastDigit = n % 10;
        long lastTwo = n % 100;
        if ("uk".equals(locale.getLanguage()) && lastDigit == 1 && lastTwo != 11) {
            return "one";
        }
        return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few" : "many";
    }

    static String blankToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
