package pl.cus.portal.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * An organisation that delivers services: the centre, an NGO, a school, a clinic.
 *
 * @param district    the part of town, one of {@link Catalogue#districts()} or a new one
 * @param languages   languages spoken with residents, as tags ({@code pl}, {@code uk}, {@code en}, ...)
 * @param accessibility how the place can be reached (step-free entrance, lift, sign language), or {@code null}
 */
public record Provider(
        ProviderId id,
        String name,
        ProviderKind kind,
        String street,
        String postalCode,
        String city,
        String district,
        String contactPerson,
        String phone,
        String email,
        String website,
        String openingHours,
        String accessibility,
        List<String> languages) {

    public Provider {
        Objects.requireNonNull(id, "id");
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /**
     * Whether {@link #website} may be shown as a link: an absolute {@code http} or {@code https} address with a host
     * (the rule new entries must satisfy). A stored value that is not (saved before the rule) is shown as text only.
     */
    public boolean hasWebLink() {
        return isWebAddress(website);
    }

    /** An absolute {@code http}/{@code https} URL with a host, without spaces or control characters. */
    public static boolean isWebAddress(String value) {
        if (value == null
                || value.isBlank()
                || value.length() > 2000
                || value.strip()
                        .codePoints()
                        .anyMatch(c -> Character.isWhitespace(c)
                                || Character.isISOControl(c)
                                || Character.getType(c) == Character.FORMAT)) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(value.strip());
            String scheme = uri.getScheme();
            return uri.isAbsolute()
                    && !uri.isOpaque()
                    && uri.getHost() != null
                    && !uri.getHost().isBlank()
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Street, postal code and city on one line. */
    public String address() {
        return String.join(
                ", ",
                java.util.stream.Stream.of(street, join(postalCode, city))
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    private static String join(String postalCode, String city) {
        if (postalCode == null || postalCode.isBlank()) {
            return city;
        }
        return city == null ? postalCode : postalCode + " " + city;
    }
}
