package pl.cus.portal.notifications;

/**
 * What a notification is about. {@code required} ones (the resident must be told by law: the application went
 * elsewhere, or will not be handled) cannot have their e-mail switched off; the contact channel still decides.
 */
public enum NotificationType {
    APPLICATION_RECEIVED(false, false),
    COORDINATOR_ASSIGNED(false, false),
    MESSAGE_FROM_CENTRE(false, false),
    PLAN_READY(false, false),
    PLAN_APPROVED(false, false),
    APPLICATION_FORWARDED(false, true),
    APPLICATION_NOT_QUALIFIED(false, true),
    WITHDRAWAL_CONFIRMED(false, false),
    /** A team meeting of the resident's case was recorded: its agreements wait on the resident's plan page. */
    MEETING_AGREEMENTS(false, false),
    ASSIGNED_TO_ME(true, false),
    RESIDENT_REPLIED(true, false),
    DEADLINE_DUE_SOON(true, false),
    DEADLINE_OVERDUE(true, false),
    /** The plan of a case assigned to the coordinator ends soon: time for the summary or a renewal. */
    PLAN_ENDING_SOON(true, false),
    /** The family assistant's monthly report for the previous month is due by the 5th (the assistance module). */
    MONTHLY_REPORT_DUE(true, false);

    private final boolean forStaff;
    private final boolean required;

    NotificationType(boolean forStaff, boolean required) {
        this.forStaff = forStaff;
        this.required = required;
    }

    public boolean forStaff() {
        return forStaff;
    }

    /** By law the resident must hear of it: e-mail cannot be switched off (decision 0017). */
    public boolean required() {
        return required;
    }

    /**
     * Where the notification leads in the portal, relative to the root: the case in the back office for staff, the
     * matter for residents, or the resident's plan page where it is about the plan's content.
     */
    public String path(java.util.UUID applicationId) {
        if (forStaff) {
            return "backoffice/cases/" + applicationId;
        }
        return this == MEETING_AGREEMENTS
                ? "portal/matters/" + applicationId + "/plan"
                : "portal/matters/" + applicationId;
    }
}
