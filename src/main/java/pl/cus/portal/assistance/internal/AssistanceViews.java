package pl.cus.portal.assistance.internal;

import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.FamilyView;
import pl.cus.portal.intake.ApplicationId;

/** What staff and the family read of an {@link Assistance}. */
final class AssistanceViews {

    private AssistanceViews() {}

    static AssistanceCase forStaff(Assistance assistance, ApplicationId id, String reference) {
        AssistanceRow row = assistance.row();
        AssistanceRecords records = assistance.records();
        return new AssistanceCase(
                id,
                reference,
                row.assistantId(),
                row.zaZyciem(),
                row.consent().consentOn(),
                row.consent().courtOrdered(),
                row.consent().referredOn(),
                row.consent().documentsReceivedOn(),
                row.card(),
                row.workPlan(),
                records.visits(),
                records.assessments(),
                records.reports(),
                row.ending(),
                row.monitoringNotes(),
                row.supportCatalogue(),
                records.authorisations());
    }

    static FamilyView forFamily(Assistance assistance, ApplicationId id) {
        AssistanceRow row = assistance.row();
        return new FamilyView(
                id,
                row.consent().consentOn(),
                row.workPlan(),
                row.supportCatalogue(),
                assistance.records().authorisations(),
                row.ending() == null ? null : row.ending().endedOn(),
                row.ending() == null ? null : row.ending().reason());
    }
}
