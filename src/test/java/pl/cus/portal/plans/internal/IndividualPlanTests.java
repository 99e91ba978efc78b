package pl.cus.portal.plans.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.PlanAgreed;
import pl.cus.portal.plans.PlanApproved;
import pl.cus.portal.plans.PlanClosed;
import pl.cus.portal.plans.PlanId;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanOutcome;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.plans.PlanRenewed;
import pl.cus.portal.plans.PlanVersionSaved;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.DomainException;

/** Every transition of the plan from every state: the events it records, or the refusal and its message key. */
class IndividualPlanTests {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    static final Instant NOW = Instant.parse("2027-03-15T10:00:00Z");
    static final UUID EWA = UUID.randomUUID();
    static final UUID DIRECTOR = UUID.randomUUID();
    static final ApplicationId APPLICATION = new ApplicationId(UUID.randomUUID());

    static IndividualPlan.Content content(String reason) {
        var item = new PlanItem(
                ServiceId.of("5e4f1ce0-0000-4000-8000-000000000001"), "Świetlica", "Fundacja", "ul. 5", "wt");
        return new IndividualPlan.Content(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), List.of(item), "Cele", reason, "Ewa", NOW);
    }

    /** The states a plan passes through, each built by legal transitions from a fresh draft. */
    enum State {
        DRAFT(plan -> {}),
        AGREED(plan -> plan.agree(TODAY)),
        APPROVED(plan -> plan.approve(TODAY, DIRECTOR)),
        PREPARED(plan -> {
            plan.agree(TODAY);
            plan.approve(TODAY, DIRECTOR);
        }),
        RENEWAL_PENDING(plan -> {
            PREPARED.reach(plan);
            plan.renew(new PlanRenewal(LocalDate.of(2027, 12, 31), null, "Dalej"), EWA, "Ewa", NOW);
        }),
        CLOSED(plan -> {
            PREPARED.reach(plan);
            plan.close(closure(), TODAY, EWA, "Ewa");
        });

        private final java.util.function.Consumer<IndividualPlan> path;

        State(java.util.function.Consumer<IndividualPlan> path) {
            this.path = path;
        }

        void reach(IndividualPlan plan) {
            path.accept(plan);
        }

        IndividualPlan plan() {
            var plan = IndividualPlan.start(new PlanId(UUID.randomUUID()), APPLICATION, content(null), EWA);
            reach(plan);
            return plan;
        }
    }

    static ClosureRecord closure() {
        return new ClosureRecord(TODAY, "Rozmowa", "Przebieg", PlanOutcome.COMPLETED, null);
    }

    /** The transitions, by name. */
    enum Move {
        WRITE(plan -> plan.write(content(null), EWA)),
        WRITE_WITH_REASON(plan -> plan.write(content("Zmiana godzin"), EWA)),
        AGREE(plan -> plan.agree(TODAY)),
        REQUEST_CHANGES(plan -> plan.requestChanges("Inna godzina", NOW)),
        APPROVE(plan -> plan.approve(TODAY, DIRECTOR)),
        MEETING(plan -> {
            plan.admitMeeting();
            return List.of();
        }),
        NOTE(plan -> plan.note(TODAY)),
        RENEW(plan -> plan.renew(new PlanRenewal(LocalDate.of(2027, 12, 31), null, "Dalej"), EWA, "Ewa", NOW)),
        CLOSE(plan -> plan.close(closure(), TODAY, EWA, "Ewa"));

        private final Function<IndividualPlan, List<DomainEvent>> move;

        Move(Function<IndividualPlan, List<DomainEvent>> move) {
            this.move = move;
        }
    }

    static final String CLOSED = "plans.error.plan-closed";
    static final String NOT_PREPARED = "plans.error.not-prepared";

    /** Each row: state, move, then either the event types recorded or the refusal's message key. */
    static Stream<Arguments> table() {
        return Stream.of(
                row(State.DRAFT, Move.WRITE, PlanVersionSaved.class),
                row(State.DRAFT, Move.AGREE, PlanAgreed.class),
                row(State.DRAFT, Move.REQUEST_CHANGES, pl.cus.portal.plans.PlanChangesRequested.class),
                row(State.DRAFT, Move.APPROVE, PlanApproved.class),
                row(State.DRAFT, Move.MEETING),
                refused(State.DRAFT, Move.NOTE, NOT_PREPARED),
                refused(State.DRAFT, Move.RENEW, NOT_PREPARED),
                refused(State.DRAFT, Move.CLOSE, NOT_PREPARED),
                refused(State.AGREED, Move.WRITE, "plans.error.reason-required"),
                row(State.AGREED, Move.WRITE_WITH_REASON, PlanVersionSaved.class),
                refused(State.AGREED, Move.AGREE, "plans.error.already-agreed"),
                refused(State.AGREED, Move.REQUEST_CHANGES, "plans.error.already-agreed"),
                row(State.AGREED, Move.APPROVE, PlanApproved.class, PlanPrepared.class),
                refused(State.AGREED, Move.NOTE, NOT_PREPARED),
                refused(State.AGREED, Move.CLOSE, NOT_PREPARED),
                refused(State.APPROVED, Move.WRITE, "plans.error.reason-required"),
                row(State.APPROVED, Move.WRITE_WITH_REASON, PlanVersionSaved.class),
                row(State.APPROVED, Move.AGREE, PlanAgreed.class, PlanPrepared.class),
                row(State.APPROVED, Move.REQUEST_CHANGES, pl.cus.portal.plans.PlanChangesRequested.class),
                refused(State.APPROVED, Move.APPROVE, "plans.error.already-approved"),
                refused(State.APPROVED, Move.RENEW, NOT_PREPARED),
                refused(State.PREPARED, Move.WRITE, "plans.error.reason-required"),
                row(State.PREPARED, Move.WRITE_WITH_REASON, PlanVersionSaved.class),
                refused(State.PREPARED, Move.AGREE, "plans.error.already-agreed"),
                refused(State.PREPARED, Move.REQUEST_CHANGES, "plans.error.already-agreed"),
                refused(State.PREPARED, Move.APPROVE, "plans.error.already-approved"),
                row(State.PREPARED, Move.MEETING),
                row(State.PREPARED, Move.NOTE, pl.cus.portal.plans.PlanMonitoringNoted.class),
                row(State.PREPARED, Move.RENEW, PlanVersionSaved.class, PlanRenewed.class),
                row(State.PREPARED, Move.CLOSE, PlanClosed.class),
                row(State.RENEWAL_PENDING, Move.WRITE, PlanVersionSaved.class),
                row(State.RENEWAL_PENDING, Move.AGREE, PlanAgreed.class),
                row(State.RENEWAL_PENDING, Move.APPROVE, PlanApproved.class),
                row(State.RENEWAL_PENDING, Move.NOTE, pl.cus.portal.plans.PlanMonitoringNoted.class),
                refused(State.RENEWAL_PENDING, Move.RENEW, "plans.error.renewal-pending"),
                row(State.RENEWAL_PENDING, Move.CLOSE, PlanClosed.class),
                refused(State.CLOSED, Move.WRITE, CLOSED),
                refused(State.CLOSED, Move.WRITE_WITH_REASON, CLOSED),
                refused(State.CLOSED, Move.AGREE, CLOSED),
                refused(State.CLOSED, Move.REQUEST_CHANGES, CLOSED),
                refused(State.CLOSED, Move.APPROVE, CLOSED),
                refused(State.CLOSED, Move.MEETING, CLOSED),
                refused(State.CLOSED, Move.NOTE, CLOSED),
                refused(State.CLOSED, Move.RENEW, CLOSED),
                refused(State.CLOSED, Move.CLOSE, CLOSED));
    }

    static Arguments row(State state, Move move, Class<?>... events) {
        return Arguments.of(state, move, List.of(events), null);
    }

    static Arguments refused(State state, Move move, String key) {
        return Arguments.of(state, move, List.of(), key);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("table")
    void eachTransitionRecordsItsEventsOrIsRefused(State state, Move move, List<Class<?>> events, String refusal) {
        var plan = state.plan();
        if (refusal != null) {
            var before = plan.state();
            assertThatThrownBy(() -> move.move.apply(plan))
                    .isInstanceOf(DomainException.class)
                    .extracting(IndividualPlanTests::key)
                    .isEqualTo(refusal);
            assertThat(plan.state()).as("a refused transition changes nothing").isEqualTo(before);
        } else {
            assertThat(move.move.apply(plan).stream().<Class<?>>map(Object::getClass))
                    .containsExactlyElementsOf(events);
        }
    }

    /** A refusal's message key; for invalid input, its field error's. */
    static String key(Throwable e) {
        return e instanceof pl.cus.portal.shared.InvalidInput invalid
                ? invalid.errors().getFirst().messageKey()
                : ((DomainException) e).messageKey();
    }

    @Test
    void everyStateAndMoveIsInTheTable() {
        assertThat(table().map(row -> row.get()[0] + " " + row.get()[1]).distinct())
                .hasSize((int) table().count());
        for (State state : List.of(State.DRAFT, State.PREPARED, State.CLOSED)) {
            assertThat(table().filter(row -> row.get()[0] == state).count())
                    .as(state.name())
                    .isGreaterThanOrEqualTo(Move.values().length - 1);
        }
    }

    @Test
    void theSecondOfAgreementAndApprovalMakesThePlanPreparedOnceAndARenewalKeepsThatDay() {
        var plan = State.AGREED.plan();
        plan.approve(TODAY, DIRECTOR);
        assertThat(plan.state().preparedOn()).isEqualTo(TODAY);
        assertThat(plan.state().inForce()).isTrue();
        assertThat(plan.state().renewable()).isTrue();
        plan.renew(new PlanRenewal(LocalDate.of(2027, 12, 31), null, "Dalej"), EWA, "Ewa", NOW);
        assertThat(plan.state().renewable()).isFalse();
        assertThat(plan.agree(TODAY.plusDays(3))).noneMatch(PlanPrepared.class::isInstance);
        assertThat(plan.approve(TODAY.plusDays(3), DIRECTOR)).noneMatch(PlanPrepared.class::isInstance);
        assertThat(plan.state().preparedOn()).isEqualTo(TODAY);
    }

    @Test
    void anEditableVersionIsReplacedAFrozenOneGetsANewNumberAndEitherAnswersTheChangeRequest() {
        var plan = State.DRAFT.plan();
        plan.requestChanges("Inna godzina", NOW);
        assertThat(plan.state().changeRequest()).isEqualTo("Inna godzina");
        plan.write(content(null), EWA);
        assertThat(plan.state().current().number()).isEqualTo(1);
        assertThat(plan.state().changeRequest()).isNull();
        plan.approve(TODAY, DIRECTOR);
        plan.requestChanges("Jeszcze inaczej", NOW);
        plan.write(content("Zmiana"), EWA);
        assertThat(plan.state().current().number()).isEqualTo(2);
        assertThat(plan.state().current().frozen()).isFalse();
        assertThat(plan.state().changeRequest()).isNull();
        assertThat(plan.approverId()).as("the new version is not approved").isNull();
    }

    @Test
    void aRenewalStartsTheDayAfterTheEndKeepsTheServicesAndChecksItsPeriod() {
        var plan = State.PREPARED.plan();
        plan.renew(new PlanRenewal(LocalDate.of(2027, 12, 31), " ", "Dalej"), EWA, "Ewa", NOW);
        var renewed = plan.state().current();
        assertThat(renewed.from()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(renewed.goals()).isEqualTo("Cele");
        assertThat(renewed.items()).hasSize(1);
        var tooLong = State.PREPARED.plan();
        assertThatThrownBy(() ->
                        tooLong.renew(new PlanRenewal(LocalDate.of(2028, 12, 31), null, "Dalej"), EWA, "Ewa", NOW))
                .isInstanceOf(pl.cus.portal.shared.InvalidInput.class);
    }

    @Test
    void aClosureKeepsTheReasonOnlyWhenGiven() {
        var plan = State.PREPARED.plan();
        plan.close(
                new ClosureRecord(TODAY, " Rozmowa ", "Przebieg", PlanOutcome.INTERRUPTED, " Przeprowadzka "),
                TODAY,
                EWA,
                "Ewa");
        assertThat(plan.state().closed()).isTrue();
        assertThat(plan.state().closure().reason()).isEqualTo("Przeprowadzka");
        assertThat(plan.state().closure().summaryNotes()).isEqualTo("Rozmowa");
        assertThat(plan.closerId()).isEqualTo(EWA);
    }
}
