package pl.cus.portal.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A programme of social services adopted by the municipal council (art. 4–5 of the CUS act), with what the act says
 * it must tell residents.
 *
 * @param periodEnd            last day of the programme, or {@code null} when it runs until further notice
 * @param expectedParticipants how many people the programme plans for, or {@code null}
 * @param qualification        who qualifies and on what conditions
 * @param procedure            how qualification happens (application, conversation with a coordinator, ...)
 * @param fees                 fees, discounts and who gets them
 * @param documents            how eligibility is documented
 * @param personalData         the personal data the programme needs (art. 5 ust. 3 pkt 9), one item each
 */
public record Programme(
        ProgrammeId id,
        String name,
        String goal,
        LocalDate periodStart,
        LocalDate periodEnd,
        String targetGroup,
        Integer expectedParticipants,
        String qualification,
        String procedure,
        String fees,
        String documents,
        List<String> personalData) {

    public Programme {
        Objects.requireNonNull(id, "id");
        personalData = personalData == null ? List.of() : List.copyOf(personalData);
    }
}
