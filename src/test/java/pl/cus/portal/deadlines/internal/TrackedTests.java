package pl.cus.portal.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.plans.PlanPrepared;

/** How facts and time move one tracked deadline; the due date never moves. */
class TrackedTests {

    private static final UUID ID = UUID.randomUUID();
    private static final LocalDate SUBMITTED = LocalDate.of(2027, 1, 30);
    private static final LocalDate DUE = LocalDate.of(2027, 3, 1);

    private static ApplicationSubmitted submission(LocalDate due) {
        return new ApplicationSubmitted(
                ID, "W/2027/000001", ApplicationKind.IPUS, UUID.randomUUID(), SUBMITTED, due, null, "pl", List.of());
    }

    private static Tracked submittedOn(LocalDate today) {
        return Tracked.submitted(submission(DUE), 10, today, 7);
    }

    @Test
    void aNewApplicationIsOnTrackAndKnowsWhenItBecomesDueSoon() {
        Tracked row = submittedOn(SUBMITTED);
        assertThat(row.state()).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(row.nextChange()).isEqualTo(DUE.minusDays(7));
        assertThat(row.dueDate()).isEqualTo(DUE);
        assertThat(row.lastEventSeq()).isEqualTo(10);
    }

    @Test
    void timeMovesItToDueSoonThenOverdueAndThenNothingChangesByTimeAlone() {
        Tracked dueSoon = submittedOn(SUBMITTED).evaluatedOn(DUE.minusDays(7), 7);
        assertThat(dueSoon.state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(dueSoon.nextChange()).isEqualTo(DUE.plusDays(1));
        Tracked overdue = dueSoon.evaluatedOn(DUE.plusDays(1), 7);
        assertThat(overdue.state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(overdue.nextChange()).isNull();
        assertThat(overdue.dueDate()).isEqualTo(DUE);
    }

    @Test
    void aPlanOnOrBeforeTheDueDateMeetsItAndAfterItMeetsItLate() {
        Tracked onTime = submittedOn(SUBMITTED).with(new PlanPrepared(ID, DUE), 11, DUE, 7);
        assertThat(onTime.state()).isEqualTo(DeadlineState.MET);
        assertThat(onTime.nextChange()).isNull();
        Tracked late = submittedOn(SUBMITTED).with(new PlanPrepared(ID, DUE.plusDays(1)), 11, DUE.plusDays(1), 7);
        assertThat(late.state()).isEqualTo(DeadlineState.MET_LATE);
        assertThat(late.finishedOn()).isEqualTo(DUE.plusDays(1));
    }

    @Test
    void withdrawalForwardingAndRefusalCloseTheDeadline() {
        assertThat(submittedOn(SUBMITTED)
                        .with(new ApplicationNotQualified(ID, SUBMITTED.plusDays(4)), 11, SUBMITTED.plusDays(4), 7)
                        .state())
                .isEqualTo(DeadlineState.CLOSED);
        assertThat(submittedOn(SUBMITTED)
                        .with(new ApplicationWithdrawn(ID, SUBMITTED.plusDays(3)), 11, SUBMITTED.plusDays(3), 7)
                        .state())
                .isEqualTo(DeadlineState.CLOSED);
        assertThat(submittedOn(SUBMITTED)
                        .with(
                                new ApplicationForwarded(
                                        ID, SUBMITTED.plusDays(3), Forwarding.Destination.MUNICIPAL_OFFICE),
                                11,
                                SUBMITTED.plusDays(3),
                                7)
                        .state())
                .isEqualTo(DeadlineState.CLOSED);
    }

    @Test
    void theOutcomeIsFinalButAssignmentStillUpdates() {
        Tracked met =
                submittedOn(SUBMITTED).with(new PlanPrepared(ID, SUBMITTED.plusDays(5)), 11, SUBMITTED.plusDays(5), 7);
        assertThat(met.with(new ApplicationWithdrawn(ID, SUBMITTED.plusDays(6)), 12, SUBMITTED.plusDays(6), 7))
                .isSameAs(met);
        Tracked closed = submittedOn(SUBMITTED)
                .with(new ApplicationWithdrawn(ID, SUBMITTED.plusDays(2)), 11, SUBMITTED.plusDays(2), 7);
        assertThat(closed.with(new PlanPrepared(ID, SUBMITTED.plusDays(6)), 12, SUBMITTED.plusDays(6), 7))
                .isSameAs(closed);
        UUID coordinator = UUID.randomUUID();
        Tracked assigned = met.with(
                new ApplicationAssigned(ID, coordinator, "Zespół Północ", null, false), 13, SUBMITTED.plusDays(7), 7);
        assertThat(assigned.coordinatorId()).isEqualTo(coordinator);
        assertThat(assigned.team()).isEqualTo("Zespół Północ");
        assertThat(assigned.state()).isEqualTo(DeadlineState.MET);
    }

    @Test
    void aDuplicateSubmissionChangesNothing() {
        Tracked row = submittedOn(SUBMITTED);
        var again = submission(DUE.plusDays(10));
        assertThat(row.with(again, 20, SUBMITTED.plusDays(1), 7)).isSameAs(row);
    }
}
