package pl.cus.portal.intake;

/**
 * Where an application stands, as the resident reads it (texts under {@code intake.status.*} in plain words). The
 * plans module adds the plan's own steps.
 */
public enum ApplicationStatus {
    SUBMITTED,
    /** A coordinator (or, for "Za życiem", a family assistant) has taken the application. */
    ASSIGNED,
    /** The needs-assessment conversation (art. 37) is recorded. */
    ASSESSED,
    /** Handed to another team or post, the municipal office or another municipal unit (art. 38). */
    FORWARDED,
    /** The programme's qualification conditions are not met; the justification and appeal information are recorded. */
    NOT_QUALIFIED,
    WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == ASSIGNED || this == ASSESSED;
    }
}
