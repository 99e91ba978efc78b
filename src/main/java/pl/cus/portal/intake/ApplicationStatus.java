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
    WITHDRAWN,
    /** The resident agreed to the plan; it waits for the director's approval. Withdrawal is no longer possible. */
    PLAN_AGREED,
    /** The plan is agreed and approved: prepared in the sense of art. 40. The case stays open while the plan runs. */
    PLAN_PREPARED,
    /**
     * The plan ran to its end (or was interrupted) and is closed with the summary conversation and the description of
     * its course and results (art. 45). The case is no longer open.
     */
    CLOSED;

    /** Still in the centre's hands: before a plan, or while the plan is agreed or running. */
    public boolean isOpen() {
        return this == SUBMITTED
                || this == ASSIGNED
                || this == ASSESSED
                || this == PLAN_AGREED
                || this == PLAN_PREPARED;
    }
}
