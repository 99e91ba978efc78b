package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;

/**
 * A family's assistance as staff read it.
 *
 * @param card   {@code null} until the card is written
 * @param ending {@code null} while the assistance runs
 */
public record AssistanceCase(
        ApplicationId applicationId,
        String reference,
        UUID assistantId,
        boolean zaZyciem,
        LocalDate consentOn,
        boolean courtOrdered,
        LocalDate referredOn,
        LocalDate documentsReceivedOn,
        InformationCard card,
        WorkPlan workPlan,
        List<Visit> visits,
        List<Assessment> assessments,
        List<MonthlyReport> reports,
        Ending ending,
        List<MonitoringNote> monitoringNotes,
        List<SupportItem> supportCatalogue,
        List<Authorisation> authorisations) {

    public boolean active() {
        return ending == null;
    }
}
