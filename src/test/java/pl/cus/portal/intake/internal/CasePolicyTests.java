package pl.cus.portal.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.intake.internal.CasePolicy.Sight;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/** The matrix of docs/access-policy.md, role by role. */
class CasePolicyTests {

    private static final Actor EWA = actor(Role.COORDINATOR);
    private static final Actor MARTA = actor(Role.FAMILY_ASSISTANT);
    private static final Actor JAN = actor(Role.ORGANISER);
    private static final Actor DIRECTOR = actor(Role.DIRECTOR);
    private static final Actor ADMIN = actor(Role.ADMIN);
    private static final Actor RESIDENT = actor(Role.RESIDENT);
    private static final UUID SOMEONE_ELSE = UUID.randomUUID();

    private static Actor actor(Role role) {
        return Actor.of(UUID.randomUUID(), role.name().toLowerCase(), null, List.of(role));
    }

    @Test
    void coordinatorsAndAssistantsSeeTheQueueMinimallyTheirOwnFullyOthersNotAtAll() {
        for (Actor worker : List.of(EWA, MARTA)) {
            assertThat(CasePolicy.sight(worker, null)).isEqualTo(Sight.SUMMARY);
            assertThat(CasePolicy.sight(worker, worker.id())).isEqualTo(Sight.FULL);
            assertThat(CasePolicy.sight(worker, SOMEONE_ELSE)).isEqualTo(Sight.NONE);
            assertThat(CasePolicy.actsOn(worker, worker.id())).isTrue();
            assertThat(CasePolicy.actsOn(worker, null)).isFalse();
            assertThat(CasePolicy.actsOn(worker, SOMEONE_ELSE)).isFalse();
            assertThat(CasePolicy.mayAssign(worker, worker.id())).isTrue();
            assertThat(CasePolicy.mayAssign(worker, SOMEONE_ELSE)).isFalse();
            assertThat(CasePolicy.readsCases(worker)).isTrue();
        }
    }

    @Test
    void theOrganiserSeesAndActsOnEverythingTheDirectorOnlyReads() {
        for (UUID assignee : new UUID[] {null, SOMEONE_ELSE}) {
            assertThat(CasePolicy.sight(JAN, assignee)).isEqualTo(Sight.FULL);
            assertThat(CasePolicy.sight(DIRECTOR, assignee)).isEqualTo(Sight.FULL);
            assertThat(CasePolicy.actsOn(JAN, assignee)).isTrue();
            assertThat(CasePolicy.actsOn(DIRECTOR, assignee)).isFalse();
        }
        assertThat(CasePolicy.mayAssign(JAN, SOMEONE_ELSE)).isTrue();
        assertThat(CasePolicy.mayAssign(DIRECTOR, SOMEONE_ELSE)).isFalse();
        assertThat(CasePolicy.mayAssign(DIRECTOR, DIRECTOR.id())).isFalse();
    }

    @Test
    void administratorsAndResidentsReadNoCases() {
        for (Actor outsider : List.of(ADMIN, RESIDENT)) {
            assertThat(CasePolicy.readsCases(outsider)).isFalse();
            assertThat(CasePolicy.sight(outsider, null)).isEqualTo(Sight.NONE);
            assertThat(CasePolicy.sight(outsider, outsider.id())).isEqualTo(Sight.NONE);
            assertThat(CasePolicy.actsOn(outsider, outsider.id())).isFalse();
            assertThat(CasePolicy.mayAssign(outsider, outsider.id())).isFalse();
        }
    }
}
