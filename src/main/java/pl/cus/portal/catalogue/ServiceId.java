package pl.cus.portal.catalogue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a service in the catalogue. */
public record ServiceId(UUID value) {

    public ServiceId {
        Objects.requireNonNull(value, "value");
    }

    public static ServiceId of(String value) {
        return new ServiceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
