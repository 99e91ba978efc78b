package pl.cus.portal.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import pl.cus.portal.shared.InvalidInput;

/**
 * What a resident looks for. Every part is optional; {@code null} (or blank text) means "any".
 * The same query travels in URLs of the public views and the API ({@link #fromParameters}, {@link #toParameters}):
 * {@code q}, {@code need}, {@code area}, {@code district}, {@code provider}, with enum values written in lower case
 * with dashes ({@code need=expecting-baby}) so that links read well and can be shared.
 *
 * @param text     free words, matched without regard to case or Polish diacritics against the service, its
 *                 programme, providers and the words of its life situations
 * @param district a part of town: services with at least one provider there
 */
public record CatalogueQuery(
        String text, LifeSituation situation, AreaOfLife area, String district, ProviderKind providerKind) {

    public static final CatalogueQuery ALL = new CatalogueQuery(null, null, null, null, null);
    public static final int TEXT_MAX = 200;

    public CatalogueQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        district = district == null || district.isBlank() ? null : district.strip();
    }

    public boolean isEmpty() {
        return text == null && situation == null && area == null && district == null && providerKind == null;
    }

    public CatalogueQuery withSituation(LifeSituation newSituation) {
        return new CatalogueQuery(text, newSituation, area, district, providerKind);
    }

    /** Reads the query from named parameters; every unreadable one is named in the {@link InvalidInput}. */
    public static CatalogueQuery fromParameters(Function<String, String> parameter) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String text = parameter.apply("q");
        if (text != null && text.length() > TEXT_MAX) {
            errors.add(new InvalidInput.FieldError(
                    "q", "catalogue.error.query-too-long", "Search text is longer than " + TEXT_MAX + " characters."));
        }
        var situation = enumParameter(parameter, "need", LifeSituation.class, errors);
        var area = enumParameter(parameter, "area", AreaOfLife.class, errors);
        var kind = enumParameter(parameter, "provider", ProviderKind.class, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new CatalogueQuery(text, situation, area, parameter.apply("district"), kind);
    }

    /** The non-empty parts as URL parameters, in a stable order. */
    public Map<String, String> toParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (text != null) {
            parameters.put("q", text);
        }
        if (situation != null) {
            parameters.put("need", slug(situation));
        }
        if (area != null) {
            parameters.put("area", slug(area));
        }
        if (district != null) {
            parameters.put("district", district);
        }
        if (providerKind != null) {
            parameters.put("provider", slug(providerKind));
        }
        return parameters;
    }

    /** {@code EXPECTING_BABY} as {@code expecting-baby}. */
    public static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> E enumParameter(
            Function<String, String> parameter, String name, Class<E> type, List<InvalidInput.FieldError> errors) {
        String raw = parameter.apply(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInput.FieldError(
                    name,
                    "catalogue.error.unknown-value",
                    "Unknown " + name + " '" + raw + "'; use one of "
                            + java.util.Arrays.stream(type.getEnumConstants())
                                    .map(CatalogueQuery::slug)
                                    .toList() + "."));
            return null;
        }
    }
}
