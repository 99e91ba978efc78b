package pl.cus.portal.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView.Capabilities;
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

    @Test
    void theCaseViewSaysWhatTheViewerMayDoSoThatViewsNeedNotReadRoles() {
        var ipus = summary(ApplicationKind.IPUS, null);
        var zaZyciem = summary(ApplicationKind.ZA_ZYCIEM, null);
        assertThat(CasePolicy.capabilities(EWA, ipus, false))
                .isEqualTo(new Capabilities(false, false, true, false, false));
        assertThat(CasePolicy.capabilities(EWA, zaZyciem, false).take()).isFalse();
        assertThat(CasePolicy.capabilities(MARTA, zaZyciem, false).take()).isTrue();
        assertThat(CasePolicy.capabilities(MARTA, ipus, false).take()).isFalse();
        assertThat(CasePolicy.capabilities(JAN, ipus, true))
                .isEqualTo(new Capabilities(true, true, false, false, false));
        assertThat(CasePolicy.capabilities(JAN, zaZyciem, true).familyAssistance())
                .isTrue();
        assertThat(CasePolicy.capabilities(JAN, zaZyciem, false).familyAssistance())
                .isFalse();
        assertThat(CasePolicy.capabilities(DIRECTOR, summary(ApplicationKind.IPUS, SOMEONE_ELSE), true))
                .isEqualTo(new Capabilities(false, false, false, false, false));

        var ewasOwn = summary(ApplicationKind.IPUS, EWA.id());
        assertThat(CasePolicy.capabilities(EWA, ewasOwn, true))
                .isEqualTo(new Capabilities(true, false, false, true, false));
        var martasOwn = summary(ApplicationKind.IPUS, MARTA.id());
        assertThat(CasePolicy.capabilities(MARTA, martasOwn, true))
                .isEqualTo(new Capabilities(true, false, false, true, true));
        assertThat(CasePolicy.caseView(MARTA, martasOwn, null).may().familyAssistance())
                .isFalse();
    }

    private static CaseSummary summary(ApplicationKind kind, UUID assigneeId) {
        return new CaseSummary(
                new ApplicationId(UUID.randomUUID()),
                "CUS/2026/000001",
                kind,
                assigneeId == null ? ApplicationStatus.SUBMITTED : ApplicationStatus.ASSIGNED,
                java.time.Instant.parse("2026-03-02T10:00:00Z"),
                java.time.LocalDate.parse("2026-04-01"),
                null,
                List.of(),
                null,
                null,
                null,
                assigneeId == null ? null : new Assignee(assigneeId, "someone", "Someone", null),
                1);
    }
}
