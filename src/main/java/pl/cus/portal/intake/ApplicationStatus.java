package pl.cus.portal.intake;

/**
 * Where an application stands, as the resident reads it (texts under {@code application.status.*}). Later steps
 * (assignment, needs assessment, the plan) add their statuses as the back office and plans modules arrive.
 */
public enum ApplicationStatus {
    SUBMITTED,
    WITHDRAWN;

    public boolean isOpen() {
        return this != WITHDRAWN;
    }
}
