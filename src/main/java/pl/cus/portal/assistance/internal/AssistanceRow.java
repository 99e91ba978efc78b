package pl.cus.portal.assistance.internal;

import java.util.List;
import java.util.UUID;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.WorkPlan;

/**
 * The case row of a family's {@link Assistance} as the store loads and saves it: the consent, the assistant, the
 * small documents replaced as a whole, and the version the next change is decided on.
 */
record AssistanceRow(
        UUID applicationId,
        long version,
        UUID assistantId,
        boolean zaZyciem,
        Consent consent,
        InformationCard card,
        WorkPlan workPlan,
        List<SupportItem> supportCatalogue,
        Ending ending,
        List<MonitoringNote> monitoringNotes) {}
