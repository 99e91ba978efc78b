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

    /** Street, postal code and city on one line. */
    public String address() {
        return String.join(", ", java.util.stream.Stream.of(street, join(postalCode, city))
                .filter(part -> part != null && !part.isBlank()).toList());
    }

    private static String join(String postalCode, String city) {
        if (postalCode == null || postalCode.isBlank()) {
            return city;
        }
        return city == null ? postalCode : postalCode + " " + city;
    }
}
