package pl.cus.portal.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The changes the page makes to a work plan before saving it whole. */
class WorkPlanTests {

    private final UUID morning = UUID.randomUUID();
    private final UUID nursery = UUID.randomUUID();
    private final WorkPlan.Action fridge =
            new WorkPlan.Action("Plan dnia na lodówce", "mama", null, WorkPlan.ActionStatus.PLANNED);
    private final WorkPlan plan = new WorkPlan(List.of(
            new WorkPlan.Goal(morning, "Spokojny poranek", List.of(fridge)),
            new WorkPlan.Goal(nursery, "Zapisy do żłobka", List.of())));

    @Test
    void aNewGoalComesLastWithoutIdOrActions() {
        var next = plan.withGoal("Wspólne wyjścia");
        assertThat(next.goals()).hasSize(3);
        assertThat(next.goals().getLast()).isEqualTo(new WorkPlan.Goal(null, "Wspólne wyjścia", List.of()));
        assertThat(plan.goals()).hasSize(2);
    }

    @Test
    void anActionIsAppendedToItsGoalOnly() {
        var call = new WorkPlan.Action("Zadzwonić", "tata", LocalDate.of(2026, 10, 1), WorkPlan.ActionStatus.PLANNED);
        var next = plan.withAction(nursery, call);
        assertThat(next.goals().get(1).actions()).containsExactly(call);
        assertThat(next.goals().get(0).actions()).containsExactly(fridge);
    }

    @Test
    void aStatusChangesOneActionAndKeepsTheRest() {
        var next = plan.withStatus(0, 0, WorkPlan.ActionStatus.DONE);
        assertThat(next.goals().get(0).actions().getFirst())
                .isEqualTo(new WorkPlan.Action("Plan dnia na lodówce", "mama", null, WorkPlan.ActionStatus.DONE));
        assertThat(next.goals().get(0).id()).isEqualTo(morning);
        assertThat(next.goals().get(1)).isEqualTo(plan.goals().get(1));
    }
}
