package pl.cus.portal.reporting;

import java.time.LocalDate;
import java.util.UUID;

/** One case behind a figure: enough to recognise it and open it in the back office ({@code backoffice/cases/{id}}). */
public record ReportCase(
        UUID applicationId,
        String reference,
        String kind,
        String status,
        LocalDate submittedOn,
        LocalDate planDueDate,
        LocalDate planPreparedOn,
        LocalDate closedOn,
        String assignee) {}
