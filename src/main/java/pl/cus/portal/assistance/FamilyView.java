package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.List;
import pl.cus.portal.intake.ApplicationId;

/**
 * What the family reads of its own assistance: the agreed work plan, the support catalogue and the authorisations it
 * gave, and whether the assistance ended. Not the assistant's notes, card, assessments or reports.
 */
public record FamilyView(
        ApplicationId applicationId,
        LocalDate consentOn,
        WorkPlan workPlan,
        List<SupportItem> supportCatalogue,
        List<Authorisation> authorisations,
        LocalDate endedOn,
        Ending.EndReason endReason) {}
