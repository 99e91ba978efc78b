package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The status sets are one partition: a new status has to be placed in them before anything uses it. */
class ApplicationStatusTests {

    @Test
    void everyStatusIsOpenOrEndedBeforeAPlanOrClosedAfterIt() {
        var placed = EnumSet.noneOf(ApplicationStatus.class);
        placed.addAll(ApplicationStatus.OPEN);
        placed.addAll(ApplicationStatus.ENDED_BEFORE_PLAN);
        placed.add(ApplicationStatus.CLOSED);
        assertThat(placed).containsExactlyInAnyOrder(ApplicationStatus.values());
        assertThat(ApplicationStatus.OPEN).doesNotContainAnyElementsOf(ApplicationStatus.ENDED_BEFORE_PLAN);
        assertThat(ApplicationStatus.OPEN).doesNotContain(ApplicationStatus.CLOSED);
    }

    @Test
    void openIsBeforeAPlanOrWithAnAgreedPlan() {
        var open = EnumSet.copyOf(ApplicationStatus.BEFORE_PLAN);
        open.addAll(ApplicationStatus.PLAN_AGREED_OR_PREPARED);
        assertThat(open).isEqualTo(ApplicationStatus.OPEN);
        assertThat(ApplicationStatus.BEFORE_PLAN)
                .doesNotContainAnyElementsOf(ApplicationStatus.PLAN_AGREED_OR_PREPARED);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(status.isOpen()).isEqualTo(ApplicationStatus.OPEN.contains(status));
        }
    }

    @Test
    void decidedOnesAreTheEndsBeforeAPlanOtherThanAWithdrawal() {
        var decided = EnumSet.copyOf(ApplicationStatus.ENDED_BEFORE_PLAN);
        decided.remove(ApplicationStatus.WITHDRAWN);
        assertThat(decided).isEqualTo(ApplicationStatus.DECIDED);
    }

    @Test
    void namesAreInDeclarationOrderForSqlArrays() {
        assertThat(ApplicationStatus.names(ApplicationStatus.OPEN))
                .containsExactly("SUBMITTED", "ASSIGNED", "ASSESSED", "PLAN_AGREED", "PLAN_PREPARED");
    }
}
