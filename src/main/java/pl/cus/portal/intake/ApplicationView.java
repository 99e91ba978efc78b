package pl.cus.portal.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.catalogue.ServiceSummary;

/**
 * An application as its resident (and, later, staff with a reason to) may see it.
 *
 * @param reference    the human-readable number quoted in messages, e.g. {@code W/2026/000123}
 * @param planDueDate  the statutory date by which the centre owes the plan (art. 40); it never moves
 * @param services     the requested services as named when the application was submitted
 * @param withdrawable whether the resident may still withdraw it (no plan agreed yet)
 */
public record ApplicationView(
        ApplicationId id,
        String reference,
        ApplicationKind kind,
        ApplicationStatus status,
        Instant submittedAt,
        LocalDate planDueDate,
        DeadlineState deadlineState,
        List<ServiceSummary> services,
        String needs,
        List<HouseholdMember> household,
        Situation situation,
        Contact contact,
        String district,
        String language,
        List<AttachmentInfo> attachments,
        List<StatusChange> history,
        boolean withdrawable) {}
