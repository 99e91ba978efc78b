package pl.cus.portal.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.PlanMeeting;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanPeriods;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.shared.InvalidInput.FieldError;

/**
 * The rules of meetings, monitoring notes, renewal and closure as pure functions (decision 0019). Each returns every
 * broken rule, naming its field, so that a form can mark them all at once.
 */
final class LifecycleRules {

    static final int MAX_NAME = 200;
    static final int MAX_PARTICIPANTS = 40;
    static final int MAX_AGREEMENTS = 50;

    private LifecycleRules() {}

    /** About a month later, as the recommended method says; the coordinator may choose another day. */
    static LocalDate defaultNextMeeting(LocalDate heldOn) {
        return heldOn.plusMonths(1);
    }

    static List<FieldError> meeting(MeetingRecord record, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (record.heldOn() == null) {
            errors.add(new FieldError("heldOn", "plans.error.meeting-date", "Give the day of the meeting."));
        } else if (record.heldOn().isAfter(today)) {
            errors.add(new FieldError(
                    "heldOn",
                    "plans.error.meeting-future",
                    "Record a meeting once it has taken place (not after " + today + ")."));
        }
        if (record.participants().isEmpty()) {
            errors.add(new FieldError(
                    "participants",
                    "plans.error.participants-empty",
                    "List who took part in the meeting, the family included."));
        } else if (record.participants().size() > MAX_PARTICIPANTS) {
            errors.add(new FieldError(
                    "participants", "plans.error.participants-many", "At most " + MAX_PARTICIPANTS + " participants."));
        }
        for (int i = 0; i < record.participants().size(); i++) {
            MeetingParticipant p = record.participants().get(i);
            String at = "participants[" + i + "].";
            text(
                    errors,
                    at + "name",
                    p == null ? null : p.name(),
                    MAX_NAME,
                    "plans.error.participant-name",
                    "Give the participant's name");
            text(
                    errors,
                    at + "role",
                    p == null ? null : p.role(),
                    MAX_NAME,
                    "plans.error.participant-role",
                    "Give the participant's role or institution");
        }
        optional(errors, "goingWell", record.goingWell());
        optional(errors, "concerns", record.concerns());
        optional(errors, "options", record.options());
        optional(errors, "chosenServices", record.chosenServices());
        if (record.agreements().size() > MAX_AGREEMENTS) {
            errors.add(new FieldError(
                    "agreements", "plans.error.agreements-many", "At most " + MAX_AGREEMENTS + " agreements."));
        }
        for (int i = 0; i < record.agreements().size(); i++) {
            MeetingAgreement a = record.agreements().get(i);
            String at = "agreements[" + i + "].";
            text(
                    errors,
                    at + "who",
                    a == null ? null : a.who(),
                    MAX_NAME,
                    "plans.error.agreement-who",
                    "Say who does it");
            text(
                    errors,
                    at + "what",
                    a == null ? null : a.what(),
                    PlanRules.MAX_FIELD,
                    "plans.error.agreement-what",
                    "Say what is to be done");
            if (a == null || a.by() == null) {
                errors.add(new FieldError(at + "by", "plans.error.agreement-by", "Give the day by which it is done."));
            } else if (record.heldOn() != null && a.by().isBefore(record.heldOn())) {
                errors.add(new FieldError(
                        at + "by", "plans.error.agreement-by-early", "The day must not be before the meeting."));
            }
        }
        if (record.heldOn() != null
                && record.nextMeetingOn() != null
                && !record.nextMeetingOn().isAfter(record.heldOn())) {
            errors.add(new FieldError(
                    "nextMeetingOn",
                    "plans.error.next-meeting",
                    "The next meeting comes after this one (" + record.heldOn() + ")."));
        }
        return errors;
    }

    /**
     * The meeting as recorded from a checked {@code record}: texts stripped (blank optional ones dropped), the next
     * meeting a month later unless chosen.
     */
    static PlanMeeting recorded(MeetingRecord record, UUID id, String recordedBy, Instant recordedAt) {
        return new PlanMeeting(
                id,
                record.heldOn(),
                record.participants().stream()
                        .map(p -> new MeetingParticipant(
                                p.name().strip(), p.role().strip(), p.attended()))
                        .toList(),
                strip(record.goingWell()),
                strip(record.concerns()),
                strip(record.options()),
                strip(record.chosenServices()),
                record.agreements().stream()
                        .map(a -> new MeetingAgreement(a.who().strip(), a.what().strip(), a.by()))
                        .toList(),
                record.nextMeetingOn() != null ? record.nextMeetingOn() : defaultNextMeeting(record.heldOn()),
                recordedBy,
                recordedAt);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static List<FieldError> note(LocalDate notedOn, String text, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (notedOn != null && notedOn.isAfter(today)) {
            errors.add(new FieldError(
                    "notedOn",
                    "plans.error.note-future",
                    "A monitoring note is about what happened (not after " + today + ")."));
        }
        text(errors, "text", text, PlanRules.MAX_TEXT, "plans.error.note-text", "Write the note");
        return errors;
    }

    /** The further period runs 3 to 12 months from the day after {@code currentEnd}; the reason is required. */
    static List<FieldError> renewal(PlanRenewal renewal, LocalDate currentEnd) {
        List<FieldError> errors = new ArrayList<>();
        PlanRules.period(PlanPeriods.renewalStart(currentEnd), renewal.to(), errors);
        text(
                errors,
                "reason",
                renewal.reason(),
                PlanRules.MAX_TEXT,
                "plans.error.renewal-reason",
                "Say why the plan continues for a further period");
        if (renewal.goals() != null && renewal.goals().strip().length() > PlanRules.MAX_TEXT) {
            errors.add(new FieldError(
                    "goals",
                    "plans.error.goals",
                    "The goals are too long (at most " + PlanRules.MAX_TEXT + " characters)."));
        }
        return errors;
    }

    static List<FieldError> closure(ClosureRecord closure, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (closure.summaryOn() == null) {
            errors.add(new FieldError(
                    "summaryOn", "plans.error.summary-date", "Give the day of the summary conversation."));
        } else if (closure.summaryOn().isAfter(today)) {
            errors.add(new FieldError(
                    "summaryOn",
                    "plans.error.summary-future",
                    "Close the plan after the summary conversation (not after " + today + ")."));
        }
        text(
                errors,
                "summaryNotes",
                closure.summaryNotes(),
                PlanRules.MAX_TEXT,
                "plans.error.summary-notes",
                "Write what was said in the summary conversation");
        text(
                errors,
                "courseAndResults",
                closure.courseAndResults(),
                PlanRules.MAX_TEXT,
                "plans.error.course-and-results",
                "Describe the course and results of the plan");
        if (closure.outcome() == null) {
            errors.add(
                    new FieldError("outcome", "plans.error.outcome", "Choose the outcome: COMPLETED or INTERRUPTED."));
        } else if (closure.outcome() == PlanOutcome.INTERRUPTED) {
            text(
                    errors,
                    "reason",
                    closure.reason(),
                    PlanRules.MAX_TEXT,
                    "plans.error.interrupted-reason",
                    "Say why the plan was interrupted");
        } else if (closure.reason() != null && closure.reason().strip().length() > PlanRules.MAX_TEXT) {
            errors.add(new FieldError("reason", "plans.error.interrupted-reason", "The reason is too long."));
        }
        return errors;
    }

    private static void optional(List<FieldError> errors, String field, String value) {
        if (value != null && value.strip().length() > PlanRules.MAX_TEXT) {
            errors.add(
                    new FieldError(field, "plans.error.text-long", "At most " + PlanRules.MAX_TEXT + " characters."));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max, String key, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.add(new FieldError(field, key, what + " (1 to " + max + " characters)."));
        }
    }
}
