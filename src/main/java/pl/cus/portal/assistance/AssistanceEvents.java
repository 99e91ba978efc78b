package pl.cus.portal.assistance;

import java.util.List;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.PublishedEvents;

/** The events the assistance module publishes (decision 0024). */
@Component
public final class AssistanceEvents implements PublishedEvents {

    @Override
    public List<Class<? extends DomainEvent>> types() {
        return List.of(
                AssistanceConsentRecorded.class,
                AssistanceEnded.class,
                AuthorisationRecorded.class,
                AuthorisationRevoked.class,
                FamilySituationAssessed.class,
                FamilyVisitLogged.class,
                InformationCardSaved.class,
                MonitoringNoteAdded.class,
                MonthlyReportDue.class,
                MonthlyReportSubmitted.class,
                SupportCatalogueSaved.class,
                WorkPlanSaved.class);
    }
}
