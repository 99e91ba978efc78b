package pl.cus.portal.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.plans.PlanCapabilities;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/** What the policy lets each member of staff do with a plan in each state, as the plan page shows it. */
class PlanAccessTests {

    static final Actor EWA = Actor.of(UUID.randomUUID(), "ewa", "Ewa", List.of(Role.COORDINATOR));
    static final Actor PIOTR = Actor.of(UUID.randomUUID(), "piotr", "Piotr", List.of(Role.COORDINATOR));
    static final Actor JAN = Actor.of(UUID.randomUUID(), "jan", "Jan", List.of(Role.ORGANISER));
    static final Actor DIRECTOR = Actor.of(UUID.randomUUID(), "dyrektor", "Dyrektor", List.of(Role.DIRECTOR));

    static CaseSummary assignedToEwa(ApplicationStatus status) {
        return new CaseSummary(
                new ApplicationId(UUID.randomUUID()),
                "IPUS/1/2027",
                ApplicationKind.IPUS,
                status,
                Instant.now(),
                LocalDate.now(),
                null,
                List.of(),
                null,
                null,
                "pl",
                new Assignee(EWA.id(), "ewa", "Ewa", null),
                1);
    }

    static PlanCapabilities may(Actor actor, ApplicationStatus status, IndividualPlanTests.State state) {
        return PlanAccess.capabilities(
                actor,
                assignedToEwa(status),
                state == null ? null : state.plan().state());
    }

    @Test
    void theAssigneeAndTheOrganiserWriteWhileTheCaseIsOpenAndThePlanNotClosed() {
        assertThat(may(EWA, ApplicationStatus.ASSIGNED, null))
                .isEqualTo(new PlanCapabilities(true, false, false, false, false));
        assertThat(may(JAN, ApplicationStatus.ASSIGNED, IndividualPlanTests.State.DRAFT)
                        .write())
                .isTrue();
        assertThat(may(PIOTR, ApplicationStatus.ASSIGNED, IndividualPlanTests.State.DRAFT)
                        .write())
                .isFalse();
        assertThat(may(DIRECTOR, ApplicationStatus.ASSIGNED, IndividualPlanTests.State.DRAFT)
                        .write())
                .isFalse();
        assertThat(may(EWA, ApplicationStatus.CLOSED, IndividualPlanTests.State.PREPARED))
                .isEqualTo(new PlanCapabilities(false, false, false, false, false));
        assertThat(may(EWA, ApplicationStatus.PLAN_PREPARED, IndividualPlanTests.State.CLOSED)
                        .write())
                .isFalse();
    }

    @Test
    void monitoringRenewalAndClosureFollowThePlansState() {
        assertThat(may(EWA, ApplicationStatus.ASSIGNED, IndividualPlanTests.State.AGREED))
                .isEqualTo(new PlanCapabilities(true, false, false, false, false));
        assertThat(may(EWA, ApplicationStatus.PLAN_PREPARED, IndividualPlanTests.State.PREPARED))
                .isEqualTo(new PlanCapabilities(true, false, true, true, true));
        assertThat(may(EWA, ApplicationStatus.PLAN_PREPARED, IndividualPlanTests.State.RENEWAL_PENDING))
                .isEqualTo(new PlanCapabilities(true, false, true, false, true));
    }

    @Test
    void onlyTheDirectorApprovesAndOnlyWhatIsNotApprovedOrClosed() {
        assertThat(may(DIRECTOR, ApplicationStatus.ASSIGNED, IndividualPlanTests.State.AGREED)
                        .approve())
                .isTrue();
        assertThat(may(DIRECTOR, ApplicationStatus.ASSIGNED, null).approve()).isFalse();
        assertThat(may(DIRECTOR, ApplicationStatus.ASSIGNED, IndividualPlanTests.State.APPROVED)
                        .approve())
                .isFalse();
        assertThat(may(DIRECTOR, ApplicationStatus.PLAN_PREPARED, IndividualPlanTests.State.RENEWAL_PENDING)
                        .approve())
                .isTrue();
        assertThat(may(DIRECTOR, ApplicationStatus.CLOSED, IndividualPlanTests.State.CLOSED)
                        .approve())
                .isFalse();
        assertThat(may(JAN, ApplicationStatus.ASSIGNED, IndividualPlanTests.State.AGREED)
                        .approve())
                .isFalse();
    }
}
