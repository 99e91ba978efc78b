package pl.cus.portal.intake;

import java.util.Objects;
import java.util.UUID;

/** Identifies a resident's application (wniosek). */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
