package pl.cus.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.cus.portal.triage.TriageFixtures.ANNA;
import static pl.cus.portal.triage.TriageFixtures.DYREKTOR;
import static pl.cus.portal.triage.TriageFixtures.EWA;
import static pl.cus.portal.triage.TriageFixtures.JAN;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.DomainException;

/** A page that opens a case and shows its needs assessments records one read, not one per part of the page. */
class AssessmentReadTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Applications applications;

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    CaseAssignments assignments;

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    AuditTrail audit;

    @Test
    void theHistoryOfAnOpenedCaseAddsNoSecondReadAndKeepsTheAccessRule() {
        ApplicationId id = TriageFixtures.submitIpus(
                        applications, ANNA, "Piaski", "pl", "Opieka wytchnieniowa " + UUID.randomUUID())
                .id();
        assignments.assign(JAN, id, "ewa", "Piaski", false).block(WAIT);
        assessments
                .record(
                        EWA,
                        id,
                        new AssessmentForm(
                                "Opieka nad mamą po udarze.", "", true, true, "", true, "", AssessmentOutcome.PLAN))
                .block(WAIT);

        long before = reads(id, "ewa");
        CaseView opened = backOffice.open(EWA, id, "case page").block(WAIT);
        assertThat(assessments.history(EWA, opened).collectList().block(WAIT))
                .singleElement()
                .extracting(NeedsAssessment::version)
                .isEqualTo(1);
        assertThat(reads(id, "ewa")).isEqualTo(before + 1);

        // The director sees the case in full but not its assessments, however the view was opened.
        CaseView directors = backOffice.open(DYREKTOR, id, "case page").block(WAIT);
        assertThatThrownBy(() ->
                        assessments.history(DYREKTOR, directors).collectList().block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
    }

    private long reads(ApplicationId id, String username) {
        return audit.browse(JAN, new AuditQuery(id.value(), null, username, AuditAction.READ, null, null, null))
                .count()
                .block(WAIT);
    }
}
