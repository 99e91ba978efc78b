package pl.cus.portal.catalogue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a provider of services: the centre, an NGO, a school, a clinic. */
public record ProviderId(UUID value) {

    public ProviderId {
        Objects.requireNonNull(value, "value");
    }

    public static ProviderId of(String value) {
        return new ProviderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
