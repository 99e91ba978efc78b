package pl.cus.portal.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.FamilyView;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.assistance.Visit;

/** Family assistance's answers: the case, its monthly reports and time limits, and the family's own view. */
final class AssistanceResponses {

    private AssistanceResponses() {}

    record ReportBody(
            String month,
            int visitCount,
            int totalMinutes,
            BigDecimal totalHours,
            String contacts,
            String goalsWorkedOn,
            String summary,
            boolean submitted,
            LocalDate submittedOn) {
        static ReportBody of(MonthlyReport report) {
            return new ReportBody(
                    report.month().toString(),
                    report.visitCount(),
                    report.totalMinutes(),
                    report.totalHours(),
                    report.contacts(),
                    report.goalsWorkedOn(),
                    report.summary(),
                    report.submitted(),
                    report.submittedOn());
        }
    }

    record TimeLimitBody(String rule, LocalDate start, LocalDate dueDate, String state, String month) {
        static TimeLimitBody of(TimeLimit limit) {
            return new TimeLimitBody(
                    limit.rule().id(),
                    limit.start(),
                    limit.due(),
                    limit.state().name(),
                    limit.month() == null ? null : limit.month().toString());
        }
    }

    record EndingBody(LocalDate endedOn, String reason, String reasonText, LocalDate monitoringUntil) {
        static EndingBody of(Ending ending) {
            return ending == null
                    ? null
                    : new EndingBody(
                            ending.endedOn(), ending.reason().name(), ending.reasonText(), ending.monitoringUntil());
        }
    }

    record CaseBody(
            UUID applicationId,
            String reference,
            UUID assistantId,
            boolean zaZyciem,
            LocalDate consentOn,
            boolean courtOrdered,
            LocalDate referredOn,
            LocalDate documentsReceivedOn,
            AssistanceJson.CardBody card,
            AssistanceJson.WorkPlanBody workPlan,
            List<Visit> visits,
            List<Assessment> assessments,
            List<ReportBody> reports,
            EndingBody ending,
            List<MonitoringNote> monitoringNotes,
            List<SupportItem> supportCatalogue,
            List<Authorisation> authorisations) {
        static CaseBody of(AssistanceCase c) {
            return new CaseBody(
                    c.applicationId().value(),
                    c.reference(),
                    c.assistantId(),
                    c.zaZyciem(),
                    c.consentOn(),
                    c.courtOrdered(),
                    c.referredOn(),
                    c.documentsReceivedOn(),
                    AssistanceJson.CardBody.of(c.card()),
                    AssistanceJson.WorkPlanBody.of(c.workPlan()),
                    c.visits(),
                    c.assessments(),
                    c.reports().stream().map(ReportBody::of).toList(),
                    EndingBody.of(c.ending()),
                    c.monitoringNotes(),
                    c.supportCatalogue(),
                    c.authorisations());
        }
    }

    record FamilyBody(
            UUID applicationId,
            LocalDate consentOn,
            AssistanceJson.WorkPlanBody workPlan,
            List<SupportItem> supportCatalogue,
            List<Authorisation> authorisations,
            LocalDate endedOn,
            String endReason) {
        static FamilyBody of(FamilyView view) {
            return new FamilyBody(
                    view.applicationId().value(),
                    view.consentOn(),
                    AssistanceJson.WorkPlanBody.of(view.workPlan()),
                    view.supportCatalogue(),
                    view.authorisations(),
                    view.endedOn(),
                    view.endReason() == null ? null : view.endReason().name());
        }
    }
}
