package pl.cus.portal.intake;

import java.util.Objects;
import java.util.UUID;

/** Identifies a file a resident attached to an application. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId of(String value) {
        return new AttachmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
