package pl.cus.portal.plans.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingAgreements;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.MonitoringNote;
import pl.cus.portal.plans.PlanMeeting;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.web.RouteValues;

/** JSON shapes of meetings, monitoring, renewal and closure; dates arrive as strings so a malformed one is named. */
final class LifecycleJson {

    private LifecycleJson() {}

    record ParticipantJson(String name, String role, Boolean attended) {}

    record AgreementRequest(String who, String what, String by) {}

    record MeetingRequest(
            String heldOn,
            List<ParticipantJson> participants,
            String goingWell,
            String concerns,
            String options,
            String chosenServices,
            List<AgreementRequest> agreements,
            String nextMeetingOn) {

        MeetingRecord toRecord() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate held = PlanJson.PlanRequest.date("heldOn", heldOn, errors);
            LocalDate next = PlanJson.PlanRequest.date("nextMeetingOn", nextMeetingOn, errors);
            List<MeetingParticipant> people = new ArrayList<>();
            for (ParticipantJson p : participants == null ? List.<ParticipantJson>of() : participants) {
                people.add(
                        p == null
                                ? null
                                : new MeetingParticipant(p.name(), p.role(), p.attended() == null || p.attended()));
            }
            List<MeetingAgreement> agreed = new ArrayList<>();
            List<AgreementRequest> given = agreements == null ? List.of() : agreements;
            for (int i = 0; i < given.size(); i++) {
                AgreementRequest a = given.get(i);
                agreed.add(
                        a == null
                                ? null
                                : new MeetingAgreement(
                                        a.who(),
                                        a.what(),
                                        PlanJson.PlanRequest.date("agreements[" + i + "].by", a.by(), errors)));
            }
            failOn(errors);
            return new MeetingRecord(held, people, goingWell, concerns, options, chosenServices, agreed, next);
        }
    }

    record NoteRequest(String notedOn, String text) {}

    record RenewalRequest(String to, String goals, String reason) {

        PlanRenewal toRenewal() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate end = PlanJson.PlanRequest.date("to", to, errors);
            failOn(errors);
            return new PlanRenewal(end, goals, reason);
        }
    }

    record ClosureRequest(
            String summaryOn, String summaryNotes, String courseAndResults, String outcome, String reason) {

        ClosureRecord toRecord() {
            List<FieldError> errors = new ArrayList<>();
            LocalDate summary = PlanJson.PlanRequest.date("summaryOn", summaryOn, errors);
            PlanOutcome parsed = null;
            if (outcome != null && !outcome.isBlank()) {
                try {
                    parsed = RouteValues.named(PlanOutcome.class, outcome);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(
                            "outcome", "plans.error.outcome", "The outcome is COMPLETED or INTERRUPTED."));
                }
            }
            failOn(errors);
            return new ClosureRecord(summary, summaryNotes, courseAndResults, parsed, reason);
        }
    }

    record Agreement(String who, String what, LocalDate by) {
        static Agreement of(MeetingAgreement agreement) {
            return new Agreement(agreement.who(), agreement.what(), agreement.by());
        }
    }

    record Participant(String name, String role, boolean attended) {
        static Participant of(MeetingParticipant participant) {
            return new Participant(participant.name(), participant.role(), participant.attended());
        }
    }

    record Meeting(
            UUID id,
            LocalDate heldOn,
            List<Participant> participants,
            String goingWell,
            String concerns,
            String options,
            String chosenServices,
            List<Agreement> agreements,
            LocalDate nextMeetingOn,
            String recordedBy,
            Instant recordedAt) {
        static Meeting of(PlanMeeting m) {
            return new Meeting(
                    m.id(),
                    m.heldOn(),
                    m.participants().stream().map(Participant::of).toList(),
                    m.goingWell(),
                    m.concerns(),
                    m.options(),
                    m.chosenServices(),
                    m.agreements().stream().map(Agreement::of).toList(),
                    m.nextMeetingOn(),
                    m.recordedBy(),
                    m.recordedAt());
        }
    }

    /** What the resident (and every participant) receives from a meeting. */
    record Agreements(
            UUID meetingId,
            LocalDate heldOn,
            String chosenServices,
            List<Agreement> agreements,
            LocalDate nextMeetingOn) {
        static Agreements of(MeetingAgreements m) {
            return new Agreements(
                    m.meetingId(),
                    m.heldOn(),
                    m.chosenServices(),
                    m.agreements().stream().map(Agreement::of).toList(),
                    m.nextMeetingOn());
        }
    }

    record Note(UUID id, LocalDate notedOn, String text, String author, Instant writtenAt) {
        static Note of(MonitoringNote note) {
            return new Note(note.id(), note.notedOn(), note.text(), note.author(), note.writtenAt());
        }
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
