package pl.cus.portal.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the administrator's free text becomes catalogue values: language tags typed as "pl, uk", one item per line, the
 * providers chosen for a service in their order. Forms and API clients give the same text the same meaning.
 */
public final class CatalogueInput {

    private CatalogueInput() {}

    /** "PL, uk  en" → [pl, uk, en]: lower case, without repeats; empty for no text. */
    public static List<String> languageTags(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+"))
                        .map(String::strip)
                        .map(tag -> tag.toLowerCase(Locale.ROOT))
                        .filter(tag -> !tag.isEmpty())
                        .distinct()
                        .toList();
    }

    /** The tags as the form shows them: "pl, uk". */
    public static String languageText(List<String> tags) {
        return String.join(", ", tags);
    }

    /** One item per non-blank line, stripped. */
    public static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    /** The text stripped, or {@code null} when there is none. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The chosen providers in the order they had (the first is the main contact), the newly chosen ones after them in
     * a stable order; providers no longer chosen are dropped.
     */
    public static List<ProviderId> providersInOrder(Collection<ProviderId> chosen, List<ProviderId> previous) {
        var ordered = new ArrayList<>(previous.stream().filter(chosen::contains).toList());
        chosen.stream()
                .filter(provider -> !ordered.contains(provider))
                .sorted(Comparator.comparing(ProviderId::toString))
                .forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
