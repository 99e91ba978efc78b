package pl.cus.portal.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.shared.InvalidInput.FieldError;

class LifecycleRulesTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static MeetingRecord meeting(
            List<MeetingParticipant> people, List<MeetingAgreement> agreements, LocalDate next) {
        return new MeetingRecord(TODAY, people, "Dobrze", null, null, null, agreements, next);
    }

    @Test
    void theNextMeetingIsAboutAMonthLaterEvenAtTheEndOfAMonth() {
        assertThat(LifecycleRules.defaultNextMeeting(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 4, 15));
        assertThat(LifecycleRules.defaultNextMeeting(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aMeetingNeedsItsParticipantsAndCompleteAgreements() {
        var anna = new MeetingParticipant("Anna", "mama", true);
        assertThat(fields(LifecycleRules.meeting(meeting(List.of(), List.of(), null), TODAY)))
                .containsExactly("participants");
        assertThat(LifecycleRules.meeting(meeting(List.of(anna), List.of(), null), TODAY))
                .isEmpty();
        assertThat(fields(LifecycleRules.meeting(meeting(Arrays.asList(anna, null), List.of(), null), TODAY)))
                .containsExactly("participants[1].name", "participants[1].role");
        assertThat(fields(LifecycleRules.meeting(
                        meeting(
                                List.of(anna),
                                List.of(
                                        new MeetingAgreement("Anna", "Zapisze syna", TODAY),
                                        new MeetingAgreement(" ", "x", null)),
                                null),
                        TODAY)))
                .containsExactly("agreements[1].who", "agreements[1].by");
        assertThat(fields(LifecycleRules.meeting(meeting(List.of(anna), List.of(), TODAY), TODAY)))
                .containsExactly("nextMeetingOn");
        assertThat(fields(LifecycleRules.meeting(meeting(List.of(anna), List.of(), null), TODAY.minusDays(1))))
                .containsExactly("heldOn");
    }

    @Test
    void aRenewalRunsThreeToTwelveMonthsFromTheDayAfterTheEnd() {
        LocalDate end = LocalDate.of(2027, 6, 30);
        assertThat(pl.cus.portal.plans.PlanPeriods.renewalStart(end)).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(LifecycleRules.renewal(new PlanRenewal(LocalDate.of(2027, 9, 30), null, "Dalej"), end))
                .isEmpty();
        assertThat(fields(LifecycleRules.renewal(new PlanRenewal(LocalDate.of(2027, 9, 29), null, "Dalej"), end)))
                .containsExactly("to");
        assertThat(LifecycleRules.renewal(new PlanRenewal(LocalDate.of(2028, 6, 30), null, "Dalej"), end))
                .isEmpty();
        assertThat(fields(LifecycleRules.renewal(new PlanRenewal(LocalDate.of(2028, 7, 1), null, "Dalej"), end)))
                .containsExactly("to");
        assertThat(fields(LifecycleRules.renewal(new PlanRenewal(null, null, " "), end)))
                .containsExactly("to", "reason");
    }

    @Test
    void anInterruptedPlanNeedsAReasonACompletedOneDoesNot() {
        assertThat(LifecycleRules.closure(
                        new ClosureRecord(TODAY, "Rozmowa", "Przebieg", PlanOutcome.COMPLETED, null), TODAY))
                .isEmpty();
        assertThat(fields(LifecycleRules.closure(
                        new ClosureRecord(TODAY, "Rozmowa", "Przebieg", PlanOutcome.INTERRUPTED, null), TODAY)))
                .containsExactly("reason");
        assertThat(LifecycleRules.closure(
                        new ClosureRecord(TODAY, "Rozmowa", "Przebieg", PlanOutcome.INTERRUPTED, "Przeprowadzka"),
                        TODAY))
                .isEmpty();
        assertThat(fields(LifecycleRules.closure(new ClosureRecord(TODAY.plusDays(1), " ", null, null, null), TODAY)))
                .containsExactly("summaryOn", "summaryNotes", "courseAndResults", "outcome");
    }
}
