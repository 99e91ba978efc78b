package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.shared.DomainEvent;

/** The assistant has families whose report for the month (YYYY-MM) is not submitted; appended once per assistant and month. The notifications module receives it as this record. */
public record MonthlyReportDue(UUID assistantId, String month, LocalDate dueDate, int families) implements DomainEvent {

    @Override
    public UUID aggregateId() {
        return assistantId;
    }
}
