package pl.cus.portal.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;

/**
 * An application row as stored.
 *
 * @param assigneeId {@code null} while nobody has taken it; the username, name and team are those recorded with the
 *                   assignment
 * @param version    raised by every back-office change; updates name the version they were decided on
 */
record StoredApplication(
        ApplicationId id,
        UUID residentId,
        String idempotencyKey,
        String requestHash,
        String reference,
        ApplicationKind kind,
        ApplicationStatus status,
        Instant submittedAt,
        LocalDate submittedOn,
        LocalDate planDueDate,
        LocalDate planAgreedOn,
        LocalDate planPreparedOn,
        LocalDate closedOn,
        String needs,
        Situation situation,
        List<ServiceSummary> services,
        List<HouseholdMember> household,
        Contact contact,
        String district,
        String language,
        UUID assigneeId,
        String assigneeUsername,
        String assigneeName,
        String assigneeTeam,
        long version) {

    /** Withdrawal is open until a plan is agreed. */
    boolean withdrawable() {
        return status.isOpen() && planAgreedOn == null;
    }

    boolean assigned() {
        return assigneeId != null;
    }

    boolean assignedTo(UUID staffId) {
        return assigneeId != null && assigneeId.equals(staffId);
    }
}
