package pl.cus.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineRuleTests {

    @ParameterizedTest
    @CsvSource({
        "IPUS_PLAN, CALENDAR_DAYS, 30",
        "FA_DOCUMENTS, CALENDAR_DAYS, 3",
        "FA_START, CALENDAR_DAYS, 10",
        "FA_START_COURT, CALENDAR_DAYS, 5",
        "FA_CHANGE_REPORT, CALENDAR_DAYS, 7",
        "FA_VISIT_INTERVAL, WORKING_DAYS, 10",
        "FA_MONTHLY_REPORT, DAY_OF_FOLLOWING_MONTH, 5",
        "FA_ASSESSMENT, MONTHS, 6"
    })
    void defaults(String id, DeadlineKind kind, int amount) {
        DeadlineRule rule = DeadlineRule.byId(id);
        assertThat(rule.id()).isEqualTo(id);
        assertThat(rule.kind()).isEqualTo(kind);
        assertThat(rule.defaultAmount()).isEqualTo(amount);
    }

    @Test
    void exactlyTheDocumentedRulesExist() {
        assertThat(Arrays.stream(DeadlineRule.values()).map(DeadlineRule::id))
                .containsExactly(
                        "IPUS_PLAN",
                        "FA_DOCUMENTS",
                        "FA_START",
                        "FA_START_COURT",
                        "FA_CHANGE_REPORT",
                        "FA_VISIT_INTERVAL",
                        "FA_MONTHLY_REPORT",
                        "FA_ASSESSMENT");
    }

    @ParameterizedTest
    @EnumSource(DeadlineRule.class)
    void everyRuleRoundTripsByIdAndCitesASource(DeadlineRule rule) {
        assertThat(DeadlineRule.byId(rule.id())).isSameAs(rule);
        assertThat(rule.source()).isNotBlank();
    }

    @Test
    void ipusCitesTheCusAct() {
        assertThat(DeadlineRule.IPUS_PLAN.source()).contains("art. 40");
        assertThat(DeadlineRule.FA_ASSESSMENT.source()).contains("art. 15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IPUS", "ipus_plan", " IPUS_PLAN", "", "FA-START"})
    void unknownIdsAreRejectedClearly(String id) {
        assertThatThrownBy(() -> DeadlineRule.byId(id))
                .isInstanceOf(UnknownDeadlineRuleException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + id + "'")
                .hasMessageContaining("IPUS_PLAN")
                .hasMessageContaining("FA_ASSESSMENT")
                .satisfies(
                        e -> assertThat(((UnknownDeadlineRuleException) e).id()).isEqualTo(id));
    }

    @Test
    void nullIdIsRejected() {
        assertThatThrownBy(() -> DeadlineRule.byId(null)).isInstanceOf(UnknownDeadlineRuleException.class);
    }

    @Test
    void kindsBoundTheirAmounts() {
        assertThat(DeadlineKind.DAY_OF_FOLLOWING_MONTH.checkAmount(31)).isEqualTo(31);
        assertThatThrownBy(() -> DeadlineKind.DAY_OF_FOLLOWING_MONTH.checkAmount(32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and 31");
        assertThatThrownBy(() -> DeadlineKind.CALENDAR_DAYS.checkAmount(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0");
        assertThatThrownBy(() -> DeadlineKind.MONTHS.checkAmount(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
