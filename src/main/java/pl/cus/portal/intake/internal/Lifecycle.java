package pl.cus.portal.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.Forwarding;

/**
 * The part of an {@link Application} that its transitions change; everything else is fixed once it is submitted.
 *
 * @param assignee     {@code null} while nobody has taken it; the username, name and team are those recorded with
 *                     the assignment
 * @param planAgreedOn the first day the resident agreed to a plan; withdrawal, forwarding and refusal end there
 * @param decision     who forwarded or refused the application, where to and why; {@code null} otherwise
 */
record Lifecycle(
        ApplicationStatus status,
        Assignee assignee,
        Instant assignedAt,
        LocalDate planAgreedOn,
        LocalDate planPreparedOn,
        LocalDate closedOn,
        Decision decision) {

    /** A new application: submitted, nobody assigned, no plan. */
    static Lifecycle submitted() {
        return new Lifecycle(ApplicationStatus.SUBMITTED, null, null, null, null, null, null);
    }

    /**
     * The centre's decision that closed the application before a plan.
     *
     * @param destination where a forwarded application went; {@code null} when it was refused
     * @param reason      why it was forwarded, or the justification of the refusal
     * @param appeal      how to appeal a refusal; {@code null} for a forwarding
     */
    record Decision(
            UUID decidedBy, Forwarding.Destination destination, String forwardedTo, String reason, String appeal) {

        /** No decision recorded: every column empty. */
        static final Decision NONE = new Decision(null, null, null, null, null);
    }

    Lifecycle withStatus(ApplicationStatus next) {
        return new Lifecycle(next, assignee, assignedAt, planAgreedOn, planPreparedOn, closedOn, decision);
    }

    Lifecycle withAssignee(Assignee next, Instant at, ApplicationStatus nextStatus) {
        return new Lifecycle(nextStatus, next, at, planAgreedOn, planPreparedOn, closedOn, decision);
    }

    Lifecycle withPlan(ApplicationStatus next, LocalDate agreedOn, LocalDate preparedOn) {
        return new Lifecycle(next, assignee, assignedAt, agreedOn, preparedOn, closedOn, decision);
    }

    Lifecycle closed(ApplicationStatus next, LocalDate on, Decision why) {
        return new Lifecycle(next, assignee, assignedAt, planAgreedOn, planPreparedOn, on, why);
    }
}
