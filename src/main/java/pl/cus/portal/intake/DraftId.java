package pl.cus.portal.intake;

import java.util.Objects;
import java.util.UUID;

/** Identifies an unfinished application kept for the resident. */
public record DraftId(UUID value) {

    public DraftId {
        Objects.requireNonNull(value, "value");
    }

    public static DraftId of(String value) {
        return new DraftId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
