package pl.cus.portal.intake;

import java.time.Instant;

/**
 * One step in an application's history, shown to the resident in plain words.
 *
 * @param note what the resident should know about this step in the centre's words, e.g. where the application was
 *             forwarded and why, or the justification and appeal information; {@code null} when there is nothing to add
 */
public record StatusChange(ApplicationStatus status, Instant at, String note) {

    public StatusChange(ApplicationStatus status, Instant at) {
        this(status, at, null);
    }
}
