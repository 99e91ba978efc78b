package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the coordinator records after a multi-professional meeting, following the recommended stages: who came, what
 * is going well (first, the family speaking first), the concerns, the options discussed, the services the family
 * chose, and the agreements.
 *
 * @param nextMeetingOn the next meeting; {@code null} means about a month later ({@code heldOn} + 1 month)
 */
public record MeetingRecord(
        LocalDate heldOn,
        List<MeetingParticipant> participants,
        String goingWell,
        String concerns,
        String options,
        String chosenServices,
        List<MeetingAgreement> agreements,
        LocalDate nextMeetingOn) {

    /** Lists may hold {@code null} entries: validation names them rather than the constructor failing. */
    public MeetingRecord {
        participants = participants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(participants));
        agreements = agreements == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(agreements));
    }
}
