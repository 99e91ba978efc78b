package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The assistant submitted the monthly report for the month (YYYY-MM). */
public record MonthlyReportSubmitted(UUID applicationId, UUID assistantId, String month, LocalDate submittedOn)
        implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
