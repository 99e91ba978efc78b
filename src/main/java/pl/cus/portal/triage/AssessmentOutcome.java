package pl.cus.portal.triage;

/** What the needs assessment (art. 37) leads to (art. 38). */
public enum AssessmentOutcome {
    /** Prepare an individual plan of social services with the applicant. */
    PLAN,
    /** Forward the application to another team, post or unit. */
    FORWARD,
    /** The programme's qualification conditions are not met. */
    NOT_QUALIFIED
}
