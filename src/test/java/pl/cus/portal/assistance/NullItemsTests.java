package pl.cus.portal.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.shared.InvalidInput;

/** A {@code null} item in a family-assistance list is the caller's bad input, whoever builds the record. */
class NullItemsTests {

    private static List<String> fields(Runnable build) {
        try {
            build.run();
        } catch (InvalidInput invalid) {
            return invalid.errors().stream().map(InvalidInput.FieldError::field).toList();
        }
        throw new AssertionError("no InvalidInput");
    }

    @Test
    void aNullHouseholdMemberIsInvalidInputNamingIt() {
        assertThat(fields(() -> new InformationCard(
                        Arrays.asList(new InformationCard.Member("Ola", "córka", 2015), null), "Sytuacja", null, null)))
                .containsExactly("household[1]");
    }

    @Test
    void aNullGoalOrActionIsInvalidInputNamingIt() {
        assertThat(fields(() -> new WorkPlan(Arrays.asList(null, null)))).containsExactly("goals[0]", "goals[1]");
        assertThat(fields(() -> new WorkPlan.Goal(
                        UUID.randomUUID(),
                        "Cel",
                        Arrays.asList(new WorkPlan.Action("co", "kto", null, WorkPlan.ActionStatus.PLANNED), null))))
                .containsExactly("actions[1]");
    }

    @Test
    void aNullGoalIdOfAVisitIsInvalidInputNamingIt() {
        assertThatThrownBy(
                        () -> new Visit(null, null, Visit.Kind.PHONE, 10, null, Arrays.asList(UUID.randomUUID(), null)))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void listsWithoutNullsAreKeptAndAbsentListsAreEmpty() {
        assertThat(new WorkPlan(null).goals()).isEmpty();
        assertThat(new InformationCard(null, "Sytuacja", null, null).household())
                .isEmpty();
        assertThat(new WorkPlan(List.of(new WorkPlan.Goal(null, "Cel", null))).goals())
                .hasSize(1);
    }
}
