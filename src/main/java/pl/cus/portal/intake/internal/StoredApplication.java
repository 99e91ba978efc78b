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

/** An application row as stored. */
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
        LocalDate closedOn,
        String needs,
        Situation situation,
        List<ServiceSummary> services,
        List<HouseholdMember> household,
        Contact contact,
        String district,
        String language) {

    /** Withdrawal is open until a plan is agreed. */
    boolean withdrawable() {
        return status.isOpen() && planAgreedOn == null;
    }
}
