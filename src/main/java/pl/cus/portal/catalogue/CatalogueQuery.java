package pl.cus.portal.catalogue;

/**
 * What a resident looks for. Every part is optional; {@code null} (or blank text) means "any".
 *
 * @param text     free words, matched without regard to case or Polish diacritics against the service, its
 *                 programme, providers and the words of its life situations
 * @param district a part of town: services with at least one provider there
 */
public record CatalogueQuery(String text, LifeSituation situation, AreaOfLife area, String district, ProviderKind providerKind) {

    public static final CatalogueQuery ALL = new CatalogueQuery(null, null, null, null, null);

    public CatalogueQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        district = district == null || district.isBlank() ? null : district.strip();
    }

    public boolean isEmpty() {
        return text == null && situation == null && area == null && district == null && providerKind == null;
    }
}
