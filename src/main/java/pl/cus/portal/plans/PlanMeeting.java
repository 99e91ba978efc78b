package pl.cus.portal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded multi-professional meeting of a case (its protocol); never changed once recorded. */
public record PlanMeeting(
        UUID id,
        LocalDate heldOn,
        List<MeetingParticipant> participants,
        String goingWell,
        String concerns,
        String options,
        String chosenServices,
        List<MeetingAgreement> agreements,
        LocalDate nextMeetingOn,
        String recordedBy,
        Instant recordedAt) {

    public PlanMeeting {
        participants = List.copyOf(participants);
        agreements = List.copyOf(agreements);
    }
}
