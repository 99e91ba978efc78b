package pl.cus.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.cus.portal.calendar.DeadlineRule.FA_ASSESSMENT;
import static pl.cus.portal.calendar.DeadlineRule.FA_MONTHLY_REPORT;
import static pl.cus.portal.calendar.DeadlineRule.FA_START;
import static pl.cus.portal.calendar.DeadlineRule.FA_VISIT_INTERVAL;
import static pl.cus.portal.calendar.DeadlineRule.IPUS_PLAN;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinePolicyTests {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar();
    private static final DeadlinePolicy DEFAULTS = DeadlinePolicy.defaults();
    private static final DeadlinePolicy ROLLING = new DeadlinePolicy(CALENDAR, Map.of(), true);

    @Nested
    class DefaultAmounts {

        @ParameterizedTest(name = "{0} from {1} = {2}")
        @CsvSource({
            // The example from the spec: 30 days from 30 Jan 2027 crosses a 28-day February.
            "IPUS_PLAN, 2027-01-30, 2027-03-01",
            "IPUS_PLAN, 2028-01-30, 2028-02-29", // leap year
            "IPUS_PLAN, 2028-01-31, 2028-03-01",
            "IPUS_PLAN, 2027-12-15, 2028-01-14", // over New Year
            "FA_DOCUMENTS, 2028-02-27, 2028-03-01",
            "FA_DOCUMENTS, 2027-02-27, 2027-03-02",
            "FA_DOCUMENTS, 2027-03-30, 2027-04-02",
            "FA_START, 2026-12-25, 2027-01-04",
            "FA_START_COURT, 2026-12-30, 2027-01-04",
            "FA_CHANGE_REPORT, 2027-12-28, 2028-01-04",
            "FA_CHANGE_REPORT, 2028-02-25, 2028-03-03",
            // Working days over Easter 2026, Christmas 2025 and 11 Nov 2025.
            "FA_VISIT_INTERVAL, 2026-04-02, 2026-04-17",
            "FA_VISIT_INTERVAL, 2025-12-19, 2026-01-09",
            "FA_VISIT_INTERVAL, 2025-11-05, 2025-11-20",
            // The 5th of the following month, whatever the day of this one.
            "FA_MONTHLY_REPORT, 2027-01-31, 2027-02-05",
            "FA_MONTHLY_REPORT, 2027-01-01, 2027-02-05",
            "FA_MONTHLY_REPORT, 2027-12-10, 2028-01-05",
            "FA_MONTHLY_REPORT, 2028-02-29, 2028-03-05",
            // Six months, clamped to the last day of a shorter month.
            "FA_ASSESSMENT, 2027-08-31, 2028-02-29",
            "FA_ASSESSMENT, 2027-08-29, 2028-02-29",
            "FA_ASSESSMENT, 2026-08-31, 2027-02-28",
            "FA_ASSESSMENT, 2026-03-15, 2026-09-15",
            "FA_ASSESSMENT, 2027-12-31, 2028-06-30",
            "FA_ASSESSMENT, 2028-02-29, 2028-08-29"
        })
        void dueDates(DeadlineRule rule, LocalDate start, LocalDate due) {
            assertThat(DEFAULTS.dueDate(rule, start)).isEqualTo(due);
            DueDate computed = DEFAULTS.compute(rule, start);
            assertThat(computed.nominal()).isEqualTo(due);
            assertThat(computed.rolledForward()).isFalse();
            assertThat(computed.amount()).isEqualTo(rule.defaultAmount());
        }

        @Test
        void defaultsHaveNoRollForwardAndTheRulesDefaults() {
            assertThat(DEFAULTS.rollForward()).isFalse();
            for (DeadlineRule rule : DeadlineRule.values()) {
                assertThat(DEFAULTS.amount(rule)).isEqualTo(rule.defaultAmount());
            }
        }
    }

    @Nested
    class RollForward {

        @ParameterizedTest(name = "{0} from {1}: nominal {2}, rolled {3}")
        @CsvSource({
            "IPUS_PLAN, 2026-02-05, 2026-03-07, 2026-03-09", // Saturday -> Monday
            "IPUS_PLAN, 2026-03-06, 2026-04-05, 2026-04-07", // Easter Sunday, then Easter Monday -> Tuesday
            "IPUS_PLAN, 2028-10-02, 2028-11-01, 2028-11-02", // 1 Nov on a Wednesday
            "FA_CHANGE_REPORT, 2025-10-25, 2025-11-01, 2025-11-03", // 1 Nov on a Saturday
            "FA_DOCUMENTS, 2025-12-21, 2025-12-24, 2025-12-29", // Christmas Eve 2025 to the weekend
            "FA_START, 2026-04-22, 2026-05-02, 2026-05-04", // Saturday 2 May, Sunday 3 May
            "FA_MONTHLY_REPORT, 2027-05-20, 2027-06-05, 2027-06-07", // 5 June 2027 is a Saturday
            "FA_ASSESSMENT, 2026-08-31, 2027-02-28, 2027-03-01" // clamped to a Sunday
        })
        void offByDefaultOnWhenAsked(DeadlineRule rule, LocalDate start, LocalDate nominal, LocalDate rolled) {
            assertThat(DEFAULTS.dueDate(rule, start)).isEqualTo(nominal);
            assertThat(CALENDAR.isWorkingDay(nominal)).isFalse();

            DueDate computed = ROLLING.compute(rule, start);
            assertThat(computed.nominal()).isEqualTo(nominal);
            assertThat(computed.due()).isEqualTo(rolled);
            assertThat(computed.rolledForward()).isTrue();
            assertThat(ROLLING.dueDate(rule, start)).isEqualTo(rolled);
        }

        @Test
        void aDeadlineOnAWorkingDayDoesNotMove() {
            DueDate computed = ROLLING.compute(IPUS_PLAN, LocalDate.of(2027, 1, 30));
            assertThat(computed.due()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(computed.rolledForward()).isFalse();
        }

        @Test
        void workingDayDeadlinesAreTheSameEitherWay() {
            for (LocalDate d = LocalDate.of(2025, 12, 1); d.isBefore(LocalDate.of(2026, 2, 1)); d = d.plusDays(1)) {
                assertThat(ROLLING.compute(FA_VISIT_INTERVAL, d).rolledForward())
                        .isFalse();
                assertThat(ROLLING.dueDate(FA_VISIT_INTERVAL, d)).isEqualTo(DEFAULTS.dueDate(FA_VISIT_INTERVAL, d));
            }
        }

        @Test
        void rolledDueDatesAreAlwaysTheFirstWorkingDayOnOrAfterTheNominalOne() {
            for (DeadlineRule rule : DeadlineRule.values()) {
                for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2029, 1, 1)); d = d.plusDays(1)) {
                    DueDate computed = ROLLING.compute(rule, d);
                    assertThat(computed.nominal()).isEqualTo(DEFAULTS.dueDate(rule, d));
                    assertThat(CALENDAR.isWorkingDay(computed.due()))
                            .as("%s from %s", rule, d)
                            .isTrue();
                    for (LocalDate x = computed.nominal(); x.isBefore(computed.due()); x = x.plusDays(1)) {
                        assertThat(CALENDAR.isWorkingDay(x))
                                .as("%s from %s skipped %s", rule, d, x)
                                .isFalse();
                    }
                }
            }
        }
    }

    @Nested
    class Overrides {

        @Test
        void overriddenAmountsApplyAndOthersKeepTheirDefaults() {
            DeadlinePolicy policy = new DeadlinePolicy(
                    Map.of(
                            IPUS_PLAN, 45,
                            FA_VISIT_INTERVAL, 5,
                            FA_MONTHLY_REPORT, 10,
                            FA_ASSESSMENT, 3),
                    false);

            assertThat(policy.dueDate(IPUS_PLAN, LocalDate.of(2027, 1, 30))).isEqualTo(LocalDate.of(2027, 3, 16));
            assertThat(policy.dueDate(FA_VISIT_INTERVAL, LocalDate.of(2026, 4, 2)))
                    .isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(policy.dueDate(FA_MONTHLY_REPORT, LocalDate.of(2027, 1, 31)))
                    .isEqualTo(LocalDate.of(2027, 2, 10));
            assertThat(policy.dueDate(FA_ASSESSMENT, LocalDate.of(2027, 11, 30)))
                    .isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(policy.dueDate(FA_START, LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(policy.amount(IPUS_PLAN)).isEqualTo(45);
            assertThat(policy.amount(FA_START)).isEqualTo(10);
            assertThat(policy.compute(IPUS_PLAN, LocalDate.of(2027, 1, 30)).amount())
                    .isEqualTo(45);
        }

        @ParameterizedTest(name = "day {0} of the month after {1} = {2}")
        @CsvSource({
            "31, 2027-01-15, 2027-02-28",
            "31, 2028-01-15, 2028-02-29",
            "31, 2027-02-15, 2027-03-31",
            "30, 2027-03-31, 2027-04-30",
            "1, 2027-12-31, 2028-01-01"
        })
        void dayOfFollowingMonthIsClampedToTheMonthsLastDay(int day, LocalDate start, LocalDate due) {
            DeadlinePolicy policy = new DeadlinePolicy(Map.of(FA_MONTHLY_REPORT, day), false);
            assertThat(policy.dueDate(FA_MONTHLY_REPORT, start)).isEqualTo(due);
        }

        @Test
        void twelveMonthsFromALeapDay() {
            DeadlinePolicy policy = new DeadlinePolicy(Map.of(FA_ASSESSMENT, 12), false);
            assertThat(policy.dueDate(FA_ASSESSMENT, LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 2, 28));
        }

        @Test
        void thePolicyDoesNotSeeLaterChangesToTheMapItWasBuiltFrom() {
            Map<DeadlineRule, Integer> overrides = new EnumMap<>(DeadlineRule.class);
            overrides.put(IPUS_PLAN, 45);
            DeadlinePolicy policy = new DeadlinePolicy(overrides, false);
            overrides.put(IPUS_PLAN, 14);
            overrides.put(FA_START, 1);

            assertThat(policy.amount(IPUS_PLAN)).isEqualTo(45);
            assertThat(policy.amount(FA_START)).isEqualTo(10);
            assertThatThrownBy(() -> policy.amounts().put(IPUS_PLAN, 1))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @ParameterizedTest(name = "{0} = {1} is rejected")
        @CsvSource({
            "IPUS_PLAN, -1",
            "IPUS_PLAN, 0",
            "IPUS_PLAN, 3661",
            "FA_VISIT_INTERVAL, -10",
            "FA_VISIT_INTERVAL, 2601",
            "FA_MONTHLY_REPORT, 0",
            "FA_MONTHLY_REPORT, 32",
            "FA_ASSESSMENT, -6",
            "FA_ASSESSMENT, 121"
        })
        void nonsenseAmountsAreRejected(DeadlineRule rule, int amount) {
            assertThatThrownBy(() -> new DeadlinePolicy(Map.of(rule, amount), false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(rule.id())
                    .hasMessageContaining("was " + amount);
        }

        @Test
        void nullsAreRejectedWithIllegalArgumentException() {
            Map<DeadlineRule, Integer> nullValue = new HashMap<>();
            nullValue.put(IPUS_PLAN, null);
            Map<DeadlineRule, Integer> nullKey = new HashMap<>();
            nullKey.put(null, 30);

            assertThatThrownBy(() -> new DeadlinePolicy(null, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("overrides");
            assertThatThrownBy(() -> new DeadlinePolicy(nullValue, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("IPUS_PLAN");
            assertThatThrownBy(() -> new DeadlinePolicy(nullKey, false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rule");
            assertThatThrownBy(() -> new DeadlinePolicy(null, Map.of(), false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("calendar");
            assertThatThrownBy(() -> DEFAULTS.dueDate(null, LocalDate.of(2027, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("rule");
            assertThatThrownBy(() -> DEFAULTS.dueDate(IPUS_PLAN, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("start");
        }

        @Test
        void aStartAtTheEndOfTimeIsRejectedAsBadInput() {
            assertThatThrownBy(() -> DEFAULTS.dueDate(IPUS_PLAN, LocalDate.MAX))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("too far");
            assertThatThrownBy(() -> DEFAULTS.dueDate(FA_MONTHLY_REPORT, LocalDate.MAX))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void sameInputsSameAnswerAcrossPolicyInstances() {
        DeadlinePolicy other = new DeadlinePolicy(Map.of(), false);
        for (DeadlineRule rule : DeadlineRule.values()) {
            LocalDate start = LocalDate.of(2026, 12, 23);
            assertThat(other.compute(rule, start)).isEqualTo(DEFAULTS.compute(rule, start));
        }
    }
}
