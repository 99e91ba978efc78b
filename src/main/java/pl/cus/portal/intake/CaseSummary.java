package pl.cus.portal.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.catalogue.ServiceSummary;

/**
 * The minimal triage view of an application: what any coordinator may see of an unassigned one. No free-text needs,
 * no contact details, no attachments, no household.
 *
 * @param situation the "Za życiem" situation, or {@code null} for IPUS applications
 * @param assignee  {@code null} while unassigned
 * @param version   for optimistic locking: changes name the version they were decided on
 */
public record CaseSummary(
        ApplicationId id,
        String reference,
        ApplicationKind kind,
        ApplicationStatus status,
        Instant submittedAt,
        LocalDate planDueDate,
        DeadlineState deadlineState,
        List<ServiceSummary> services,
        Situation situation,
        String district,
        String language,
        Assignee assignee,
        long version) {}
