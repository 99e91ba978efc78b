package pl.cus.portal.catalogue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a programme of social services (program usług społecznych). */
public record ProgrammeId(UUID value) {

    public ProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgrammeId of(String value) {
        return new ProgrammeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
