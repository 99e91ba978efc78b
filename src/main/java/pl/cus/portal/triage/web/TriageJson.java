package pl.cus.portal.triage.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.web.RouteValues;
import pl.cus.portal.triage.AssessmentForm;
import pl.cus.portal.triage.AssessmentOutcome;
import pl.cus.portal.triage.NeedsAssessment;
import pl.cus.portal.triage.Suggestion;
import pl.cus.portal.triage.Workload;

/** Triage's JSON requests and answers. */
final class TriageJson {

    private TriageJson() {}

    record AssignmentRequest(String assignee, String reason, Boolean reassign) {}

    record AssignedJson(
            UUID id,
            String reference,
            ApplicationKind kind,
            ApplicationStatus status,
            Instant submittedAt,
            LocalDate planDueDate,
            DeadlineState deadlineState,
            String assignee,
            String assigneeName,
            String team) {

        static AssignedJson of(CaseSummary summary) {
            var assignee = summary.assignee();
            return new AssignedJson(
                    summary.id().value(),
                    summary.reference(),
                    summary.kind(),
                    summary.status(),
                    summary.submittedAt(),
                    summary.planDueDate(),
                    summary.deadlineState(),
                    assignee == null ? null : assignee.username(),
                    assignee == null ? null : assignee.displayName(),
                    assignee == null ? null : assignee.team());
        }
    }

    record SuggestionJson(
            String assignee,
            String assigneeName,
            String team,
            Integer activeCases,
            Integer limit,
            String districtFit,
            boolean speaksLanguage,
            String gap,
            String reason) {

        static SuggestionJson of(Suggestion suggestion, Locale locale) {
            Workload who = suggestion.assignee();
            return new SuggestionJson(
                    who == null ? null : who.profile().username(),
                    who == null ? null : who.profile().displayName(),
                    who == null ? null : who.profile().team(),
                    who == null ? null : who.activeCases(),
                    who == null ? null : who.limit(),
                    suggestion.districtFit() == null
                            ? null
                            : suggestion.districtFit().name(),
                    suggestion.speaksLanguage(),
                    suggestion.gap().name(),
                    suggestion.reason(locale));
        }
    }

    record AssessmentBody(
            String needs,
            String servicesUsed,
            Boolean justified,
            Boolean possible,
            String justification,
            Boolean feesExplained,
            String feesNote,
            String outcome) {

        AssessmentForm form() {
            AssessmentOutcome parsed = null;
            if (outcome != null && !outcome.isBlank()) {
                try {
                    parsed = RouteValues.named(AssessmentOutcome.class, outcome);
                } catch (IllegalArgumentException e) {
                    throw InvalidInput.of(
                            "outcome",
                            "triage.error.assessment-outcome",
                            "The outcome is PLAN, FORWARD or NOT_QUALIFIED.");
                }
            }
            return new AssessmentForm(
                    needs, servicesUsed, justified, possible, justification, feesExplained, feesNote, parsed);
        }
    }

    record AssessmentJson(
            UUID id,
            UUID applicationId,
            int version,
            String needs,
            String servicesUsed,
            boolean justified,
            boolean possible,
            String justification,
            boolean feesExplained,
            String feesNote,
            AssessmentOutcome outcome,
            UUID recordedBy,
            String recordedByName,
            Instant recordedAt) {

        static AssessmentJson of(NeedsAssessment a) {
            var f = a.form();
            return new AssessmentJson(
                    a.id(),
                    a.applicationId().value(),
                    a.version(),
                    f.needs(),
                    f.servicesUsed(),
                    f.justified(),
                    f.possible(),
                    f.justification(),
                    f.feesExplained(),
                    f.feesNote(),
                    f.outcome(),
                    a.recordedBy(),
                    a.recordedByName(),
                    a.recordedAt());
        }
    }

    record WorkloadJson(
            String username, String displayName, Role role, String team, int activeCases, Integer limit, boolean full) {

        static WorkloadJson of(Workload workload) {
            var p = workload.profile();
            return new WorkloadJson(
                    p.username(),
                    p.displayName(),
                    p.role(),
                    p.team(),
                    workload.activeCases(),
                    workload.limit(),
                    workload.full());
        }
    }
}
