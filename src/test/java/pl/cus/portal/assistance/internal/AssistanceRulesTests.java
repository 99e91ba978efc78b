package pl.cus.portal.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.Ending.EndReason;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** The end reason, the 2–6 months of monitoring, and the draft generated from visits. */
class AssistanceRulesTests {

    private static final LocalDate CONSENT = LocalDate.of(2026, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void monitoringRunsTwoToSixMonthsAfterTheEnd() {
        LocalDate end = LocalDate.of(2026, 8, 31);
        assertThat(AssistanceRules.monitoringUntil(end, LocalDate.of(2026, 10, 31)))
                .isEmpty();
        assertThat(AssistanceRules.monitoringUntil(end, LocalDate.of(2027, 2, 28)))
                .isEmpty();
        assertThat(fields(AssistanceRules.monitoringUntil(end, LocalDate.of(2026, 10, 30))))
                .containsExactly("monitoringUntil");
        assertThat(fields(AssistanceRules.monitoringUntil(end, LocalDate.of(2027, 3, 1))))
                .containsExactly("monitoringUntil");
        assertThat(fields(AssistanceRules.monitoringUntil(end, null))).containsExactly("monitoringUntil");
    }

    @Test
    void theEndNeedsAReasonAndOtherNeedsItsText() {
        LocalDate end = LocalDate.of(2026, 8, 31);
        assertThat(AssistanceRules.ending(
                        new Ending(end, EndReason.MOVED_AWAY, null, LocalDate.of(2026, 12, 31)), CONSENT, TODAY))
                .isEmpty();
        assertThat(fields(AssistanceRules.ending(
                        new Ending(end, null, null, LocalDate.of(2026, 12, 31)), CONSENT, TODAY)))
                .containsExactly("reason");
        assertThat(fields(AssistanceRules.ending(
                        new Ending(end, EndReason.OTHER, " ", LocalDate.of(2026, 12, 31)), CONSENT, TODAY)))
                .containsExactly("reasonText");
        assertThat(AssistanceRules.ending(
                        new Ending(
                                end, EndReason.OTHER, "Rodzina zmieniła gminę opiekuńczą", LocalDate.of(2026, 12, 31)),
                        CONSENT,
                        TODAY))
                .isEmpty();
        assertThat(fields(AssistanceRules.ending(
                        new Ending(
                                LocalDate.of(2026, 9, 16), EndReason.GOALS_REACHED, null, LocalDate.of(2026, 12, 31)),
                        CONSENT,
                        TODAY)))
                .contains("endedOn");
    }

    @Test
    void aVisitNeedsAPastDateAfterTheConsentAKindALengthNotesAndKnownGoals() {
        UUID goal = UUID.randomUUID();
        assertThat(AssistanceRules.visit(
                        new Visit(null, LocalDate.of(2026, 9, 1), Visit.Kind.PHONE, 20, "Rozmowa", List.of(goal)),
                        CONSENT,
                        TODAY,
                        java.util.Set.of(goal)))
                .isEmpty();
        assertThat(fields(AssistanceRules.visit(
                        new Visit(null, LocalDate.of(2026, 1, 9), null, 0, " ", List.of(UUID.randomUUID())),
                        CONSENT,
                        TODAY,
                        java.util.Set.of(goal))))
                .containsExactly("on", "kind", "durationMinutes", "notes", "goalIds");
    }

    @Test
    void theDraftCountsTheMonthsVisitsTheirHoursAndTheGoalsTheyNamed() {
        UUID home = UUID.randomUUID();
        UUID school = UUID.randomUUID();
        var plan = new WorkPlan(List.of(
                new WorkPlan.Goal(home, "Spokojny poranek w domu", List.of()),
                new WorkPlan.Goal(school, "Zapisy do żłobka", List.of())));
        var visits = List.of(
                new Visit(
                        UUID.randomUUID(),
                        LocalDate.of(2026, 9, 30),
                        Visit.Kind.HOME_VISIT,
                        120,
                        "wrzesień",
                        List.of(home)),
                new Visit(UUID.randomUUID(), LocalDate.of(2026, 10, 20), Visit.Kind.OFFICE, 45, "c", List.of(home)),
                new Visit(UUID.randomUUID(), LocalDate.of(2026, 10, 5), Visit.Kind.HOME_VISIT, 90, "a", List.of(home)),
                new Visit(UUID.randomUUID(), LocalDate.of(2026, 10, 12), Visit.Kind.PHONE, 60, "b", List.of(school)),
                new Visit(
                        UUID.randomUUID(),
                        LocalDate.of(2026, 11, 1),
                        Visit.Kind.OTHER,
                        30,
                        "listopad",
                        List.of(school)));
        var draft = ReportDrafts.draft(java.time.YearMonth.of(2026, 10), visits, plan, Locale.forLanguageTag("pl"));
        assertThat(draft.visitCount()).isEqualTo(3);
        assertThat(draft.totalMinutes()).isEqualTo(195);
        assertThat(draft.totalHours()).isEqualByComparingTo("3.25");
        assertThat(draft.contacts().lines().toList()).hasSize(3);
        assertThat(draft.contacts().lines().findFirst().orElseThrow())
                .contains("5 paź 2026")
                .contains("wizyta domowa")
                .contains("90");
        assertThat(draft.goalsWorkedOn().lines().toList())
                .containsExactly("Spokojny poranek w domu", "Zapisy do żłobka");
        assertThat(draft.submitted()).isFalse();
    }
}
