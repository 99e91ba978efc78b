package pl.cus.portal.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.calendar.DeadlinePolicy;
import pl.cus.portal.calendar.DeadlineRule;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;

/** The family-assistance time limits on known dates, through the deadlines module's default policy. */
class TimeLimitRulesTests {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static Deadlines on(LocalDate today) {
        return new Deadlines(
                DeadlinePolicy.defaults(),
                Clock.fixed(today.atStartOfDay(WARSAW).plusHours(10).toInstant(), WARSAW),
                7);
    }

    private static Map<DeadlineRule, TimeLimit> byRule(List<TimeLimit> limits) {
        return limits.stream().collect(Collectors.toMap(TimeLimit::rule, Function.identity()));
    }

    @Test
    void theVisitIntervalCountsTenWorkingDaysAndSkipsIndependenceDay() {
        // Last visit Wednesday 28 Oct 2026; 11 November is a holiday, so the 10th working day is Thursday 12 November.
        var facts = new TimeLimitRules.Facts(
                null, null, LocalDate.of(2026, 9, 1), false, LocalDate.of(2026, 10, 28), null, null, null);
        var limits = byRule(TimeLimitRules.compute(facts, on(LocalDate.of(2026, 11, 3))));
        assertThat(limits.get(DeadlineRule.FA_VISIT_INTERVAL).due()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(limits.get(DeadlineRule.FA_VISIT_INTERVAL).state()).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(byRule(TimeLimitRules.compute(facts, on(LocalDate.of(2026, 11, 12))))
                        .get(DeadlineRule.FA_VISIT_INTERVAL)
                        .state())
                .isEqualTo(DeadlineState.DUE_SOON);
        assertThat(byRule(TimeLimitRules.compute(facts, on(LocalDate.of(2026, 11, 13))))
                        .get(DeadlineRule.FA_VISIT_INTERVAL)
                        .state())
                .isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void theVisitIntervalOverChristmasSkipsTheTwentyFourthNewYearAndEpiphany() {
        var facts = new TimeLimitRules.Facts(
                null, null, LocalDate.of(2026, 9, 1), false, LocalDate.of(2026, 12, 18), null, null, null);
        assertThat(byRule(TimeLimitRules.compute(facts, on(LocalDate.of(2026, 12, 18))))
                        .get(DeadlineRule.FA_VISIT_INTERVAL)
                        .due())
                .isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void withoutVisitsTheIntervalRunsFromTheConsent() {
        var facts = new TimeLimitRules.Facts(null, null, LocalDate.of(2026, 11, 2), false, null, null, null, null);
        assertThat(byRule(TimeLimitRules.compute(facts, on(LocalDate.of(2026, 11, 3))))
                        .get(DeadlineRule.FA_VISIT_INTERVAL)
                        .due())
                .isEqualTo(LocalDate.of(2026, 11, 17));
    }

    @Test
    void aCourtOrderedStartIsDueInFiveDaysInsteadOfTen() {
        LocalDate documents = LocalDate.of(2026, 11, 2);
        var court = byRule(TimeLimitRules.compute(
                new TimeLimitRules.Facts(LocalDate.of(2026, 10, 30), documents, null, true, null, null, null, null),
                on(LocalDate.of(2026, 11, 3))));
        assertThat(court).containsKey(DeadlineRule.FA_START_COURT).doesNotContainKey(DeadlineRule.FA_START);
        assertThat(court.get(DeadlineRule.FA_START_COURT).due()).isEqualTo(LocalDate.of(2026, 11, 7));
        assertThat(court.get(DeadlineRule.FA_START_COURT).state()).isEqualTo(DeadlineState.DUE_SOON);
        // Documents arrived 3 days after the referral: met on the last day.
        assertThat(court.get(DeadlineRule.FA_DOCUMENTS).due()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(court.get(DeadlineRule.FA_DOCUMENTS).state()).isEqualTo(DeadlineState.MET);

        var ordinary = byRule(TimeLimitRules.compute(
                new TimeLimitRules.Facts(LocalDate.of(2026, 10, 30), documents, null, false, null, null, null, null),
                on(LocalDate.of(2026, 11, 3))));
        assertThat(ordinary.get(DeadlineRule.FA_START).due()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(ordinary.get(DeadlineRule.FA_START).state()).isEqualTo(DeadlineState.ON_TRACK);

        // Consent on 9 November: late for the court (due the 7th), in time otherwise.
        LocalDate consent = LocalDate.of(2026, 11, 9);
        assertThat(byRule(TimeLimitRules.compute(
                                new TimeLimitRules.Facts(null, documents, consent, true, null, null, null, null),
                                on(LocalDate.of(2026, 11, 10))))
                        .get(DeadlineRule.FA_START_COURT)
                        .state())
                .isEqualTo(DeadlineState.MET_LATE);
        assertThat(byRule(TimeLimitRules.compute(
                                new TimeLimitRules.Facts(null, documents, consent, false, null, null, null, null),
                                on(LocalDate.of(2026, 11, 10))))
                        .get(DeadlineRule.FA_START)
                        .state())
                .isEqualTo(DeadlineState.MET);
    }

    @Test
    void documentsNotReceivedThreeDaysAfterTheReferralAreOverdue() {
        var limits = byRule(TimeLimitRules.compute(
                new TimeLimitRules.Facts(LocalDate.of(2026, 11, 2), null, null, false, null, null, null, null),
                on(LocalDate.of(2026, 11, 6))));
        assertThat(limits.get(DeadlineRule.FA_DOCUMENTS).due()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(limits.get(DeadlineRule.FA_DOCUMENTS).state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(limits).doesNotContainKeys(DeadlineRule.FA_START, DeadlineRule.FA_VISIT_INTERVAL);
    }

    @Test
    void thePreviousMonthsReportIsDueOnTheFifthUntilSubmitted() {
        var missing = new TimeLimitRules.Facts(
                null, null, LocalDate.of(2026, 9, 1), false, LocalDate.of(2026, 11, 2), null, null, null);
        var limit = byRule(TimeLimitRules.compute(missing, on(LocalDate.of(2026, 11, 3))))
                .get(DeadlineRule.FA_MONTHLY_REPORT);
        assertThat(limit.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(limit.due()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(limit.state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(byRule(TimeLimitRules.compute(missing, on(LocalDate.of(2026, 11, 6))))
                        .get(DeadlineRule.FA_MONTHLY_REPORT)
                        .state())
                .isEqualTo(DeadlineState.OVERDUE);

        var submitted = new TimeLimitRules.Facts(
                null,
                null,
                LocalDate.of(2026, 9, 1),
                false,
                LocalDate.of(2026, 11, 2),
                null,
                LocalDate.of(2026, 11, 4),
                null);
        assertThat(byRule(TimeLimitRules.compute(submitted, on(LocalDate.of(2026, 11, 6)))))
                .doesNotContainKey(DeadlineRule.FA_MONTHLY_REPORT);

        // A family that started this month owes no report for the last one.
        var started = new TimeLimitRules.Facts(null, null, LocalDate.of(2026, 11, 2), false, null, null, null, null);
        assertThat(byRule(TimeLimitRules.compute(started, on(LocalDate.of(2026, 11, 3)))))
                .doesNotContainKey(DeadlineRule.FA_MONTHLY_REPORT);
    }

    @Test
    void theAssessmentIsDueSixMonthsAfterTheConsentOrTheLastAssessment() {
        var fromConsent =
                new TimeLimitRules.Facts(null, null, LocalDate.of(2026, 8, 31), false, null, null, null, null);
        assertThat(byRule(TimeLimitRules.compute(fromConsent, on(LocalDate.of(2026, 9, 1))))
                        .get(DeadlineRule.FA_ASSESSMENT)
                        .due())
                .isEqualTo(LocalDate.of(2027, 2, 28));
        var fromAssessment = new TimeLimitRules.Facts(
                null, null, LocalDate.of(2026, 1, 10), false, null, LocalDate.of(2026, 7, 15), null, null);
        assertThat(byRule(TimeLimitRules.compute(fromAssessment, on(LocalDate.of(2026, 9, 1))))
                        .get(DeadlineRule.FA_ASSESSMENT)
                        .due())
                .isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void afterTheEndOnlyTheStartingLimitsRemain() {
        var ended = new TimeLimitRules.Facts(
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 4),
                LocalDate.of(2026, 1, 10),
                false,
                LocalDate.of(2026, 6, 1),
                null,
                null,
                LocalDate.of(2026, 6, 30));
        assertThat(TimeLimitRules.compute(ended, on(LocalDate.of(2026, 11, 3))))
                .extracting(TimeLimit::rule)
                .containsExactly(DeadlineRule.FA_DOCUMENTS, DeadlineRule.FA_START);
    }
}
