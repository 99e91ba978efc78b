package pl.cus.portal.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.Situation;

/** The back office's JSON shapes for applications. */
final class CaseJson {

    private CaseJson() {}

    /**
     * The minimal triage view.
     *
     * @param assignee the assignee's username, {@code null} while unassigned
     */
    record Summary(
            UUID id,
            String reference,
            ApplicationKind kind,
            ApplicationStatus status,
            Instant submittedAt,
            LocalDate submittedOn,
            LocalDate planDueDate,
            DeadlineState deadlineState,
            List<ApplicationJson.Service> services,
            Situation situation,
            String district,
            String language,
            String assignee,
            String assigneeName,
            String assigneeTeam,
            long version) {

        static Summary of(CaseSummary summary, ZoneId zone) {
            var assignee = summary.assignee();
            return new Summary(
                    summary.id().value(),
                    summary.reference(),
                    summary.kind(),
                    summary.status(),
                    summary.submittedAt(),
                    LocalDate.ofInstant(summary.submittedAt(), zone),
                    summary.planDueDate(),
                    summary.deadlineState(),
                    summary.services().stream()
                            .map(s -> new ApplicationJson.Service(s.id().value(), s.name(), s.programmeName()))
                            .toList(),
                    summary.situation(),
                    summary.district(),
                    summary.language(),
                    assignee == null ? null : assignee.username(),
                    assignee == null ? null : assignee.displayName(),
                    assignee == null ? null : assignee.team(),
                    summary.version());
        }
    }

    /**
     * One application: the summary's fields, {@code full}, and only when full the needs, household, contact,
     * attachments and history. Built as a map so that the minimal view cannot carry those keys even as nulls.
     */
    static Map<String, Object> of(CaseView view, ZoneId zone) {
        var summary = Summary.of(view.summary(), zone);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", summary.id());
        body.put("reference", summary.reference());
        body.put("kind", summary.kind());
        body.put("status", summary.status());
        body.put("submittedAt", summary.submittedAt());
        body.put("submittedOn", summary.submittedOn());
        body.put("planDueDate", summary.planDueDate());
        body.put("deadlineState", summary.deadlineState());
        body.put("services", summary.services());
        body.put("situation", summary.situation());
        body.put("district", summary.district());
        body.put("language", summary.language());
        body.put("assignee", summary.assignee());
        body.put("assigneeName", summary.assigneeName());
        body.put("assigneeTeam", summary.assigneeTeam());
        body.put("version", summary.version());
        body.put("full", view.isFull());
        if (view.isFull()) {
            var full = ApplicationJson.Application.of(view.details(), zone);
            body.put("needs", full.needs());
            body.put("household", full.household());
            body.put("contact", full.contact());
            body.put("attachments", full.attachments());
            body.put("history", full.history());
            body.put("withdrawable", full.withdrawable());
        }
        return body;
    }

    /** {@code to} names the destination; {@code destination} is its type, CENTRE_TEAM when absent. */
    record ForwardingRequest(String to, String destination, String reason) {}

    record RefusalRequest(String justification, String appealInformation) {}
}
