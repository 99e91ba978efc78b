package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The part of a meeting every participant receives, the family included: the services chosen, the agreements (who
 * does what by when) and the next meeting. The rest of the protocol stays in the case file.
 */
public record MeetingAgreements(
        UUID meetingId,
        LocalDate heldOn,
        String chosenServices,
        List<MeetingAgreement> agreements,
        LocalDate nextMeetingOn) {

    public MeetingAgreements {
        agreements = List.copyOf(agreements);
    }

    public static MeetingAgreements of(PlanMeeting meeting) {
        return new MeetingAgreements(
                meeting.id(),
                meeting.heldOn(),
                meeting.chosenServices(),
                meeting.agreements(),
                meeting.nextMeetingOn());
    }
}
