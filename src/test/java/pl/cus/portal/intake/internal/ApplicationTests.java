package pl.cus.portal.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.cus.portal.intake.ApplicationStatus.ASSESSED;
import static pl.cus.portal.intake.ApplicationStatus.ASSIGNED;
import static pl.cus.portal.intake.ApplicationStatus.CLOSED;
import static pl.cus.portal.intake.ApplicationStatus.FORWARDED;
import static pl.cus.portal.intake.ApplicationStatus.NOT_QUALIFIED;
import static pl.cus.portal.intake.ApplicationStatus.PLAN_AGREED;
import static pl.cus.portal.intake.ApplicationStatus.PLAN_PREPARED;
import static pl.cus.portal.intake.ApplicationStatus.SUBMITTED;
import static pl.cus.portal.intake.ApplicationStatus.WITHDRAWN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.cus.portal.intake.ApplicationAssessed;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.Assignee;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.intake.internal.Application.Change;
import pl.cus.portal.shared.DomainException;

/**
 * The application's lifecycle as a table: every transition from every status either moves it (to the status and with
 * the event in the table) or is refused with the message key in the table. Adding a status or a transition without a
 * row here fails.
 */
class ApplicationTests {

    private static final LocalDate SUBMITTED_ON = LocalDate.of(2026, 3, 2);
    private static final LocalDate AGREED_ON = LocalDate.of(2026, 3, 20);
    private static final LocalDate PREPARED_ON = LocalDate.of(2026, 3, 25);
    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 4, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    private static final UUID STAFF = UUID.randomUUID();
    private static final Assignee EWA = new Assignee(UUID.randomUUID(), "ewa", "Ewa Kowalska", null);
    private static final Assignee PIOTR = new Assignee(UUID.randomUUID(), "piotr", "Piotr Wiśniewski", "Zespół 2");
    private static final Forwarding WHERE =
            new Forwarding(Forwarding.Destination.MUNICIPAL_OFFICE, "Urząd Miasta", "poza zakresem CUS");

    private static final Set<ApplicationStatus> EARLY = EnumSet.of(SUBMITTED, ASSIGNED, ASSESSED);
    private static final Set<ApplicationStatus> AGREED = EnumSet.of(PLAN_AGREED, PLAN_PREPARED);
    private static final Set<ApplicationStatus> ENDED = EnumSet.of(FORWARDED, NOT_QUALIFIED, WITHDRAWN, CLOSED);

    /** What a transition does from each status: "STATUS Event" (moved), "=" (nothing changes) or "!key" (refused). */
    private enum Transition {
        ASSIGN(app -> app.assign(PIOTR, STAFF, false, NOW)),
        REASSIGN(app -> app.assign(PIOTR, STAFF, true, NOW)),
        ASSESS(app -> app.assess(TODAY)),
        FORWARD(app -> app.forward(WHERE, STAFF, TODAY)),
        REFUSE(app -> app.refuse("warunki niespełnione", "odwołanie w 14 dni", STAFF, TODAY)),
        WITHDRAW(app -> app.withdraw(TODAY)),
        AGREE_PLAN(app -> app.agreePlan(TODAY)),
        PREPARE_PLAN(app -> app.preparePlan(TODAY)),
        CLOSE_PLAN(app -> app.closePlan(TODAY));

        final Function<Application, Change> apply;

        Transition(Function<Application, Change> apply) {
            this.apply = apply;
        }
    }

    private static final Map<Transition, Map<ApplicationStatus, String>> TABLE = new EnumMap<>(Transition.class);

    static {
        row(
                Transition.ASSIGN,
                Map.of(SUBMITTED, "ASSIGNED ApplicationAssigned"),
                EnumSet.of(ASSIGNED, ASSESSED, PLAN_AGREED, PLAN_PREPARED),
                "!intake.error.already-assigned",
                ENDED,
                "!intake.error.closed");
        row(
                Transition.REASSIGN,
                Map.of(
                        SUBMITTED, "ASSIGNED ApplicationAssigned",
                        ASSIGNED, "ASSIGNED ApplicationAssigned",
                        ASSESSED, "ASSESSED ApplicationAssigned",
                        PLAN_AGREED, "PLAN_AGREED ApplicationAssigned",
                        PLAN_PREPARED, "PLAN_PREPARED ApplicationAssigned"),
                Set.of(),
                "",
                ENDED,
                "!intake.error.closed");
        row(
                Transition.ASSESS,
                Map.of(
                        SUBMITTED, "!intake.error.not-assigned",
                        ASSIGNED, "ASSESSED ApplicationAssessed",
                        ASSESSED, "!intake.error.already-assessed"),
                AGREED,
                "!intake.error.closed",
                ENDED,
                "!intake.error.closed");
        row(
                Transition.FORWARD,
                all(EARLY, "FORWARDED ApplicationForwarded"),
                AGREED,
                "!intake.error.plan-agreed",
                ENDED,
                "!intake.error.closed");
        row(
                Transition.REFUSE,
                all(EARLY, "NOT_QUALIFIED ApplicationNotQualified"),
                AGREED,
                "!intake.error.plan-agreed",
                ENDED,
                "!intake.error.closed");
        row(
                Transition.WITHDRAW,
                all(EARLY, "WITHDRAWN ApplicationWithdrawn"),
                AGREED,
                "!intake.error.not-withdrawable",
                EnumSet.of(FORWARDED, NOT_QUALIFIED, CLOSED),
                "!intake.error.closed");
        TABLE.get(Transition.WITHDRAW).put(WITHDRAWN, "!intake.error.already-withdrawn");
        row(
                Transition.AGREE_PLAN,
                Map.of(
                        SUBMITTED, "PLAN_AGREED",
                        ASSIGNED, "PLAN_AGREED",
                        ASSESSED, "PLAN_AGREED",
                        PLAN_AGREED, "PLAN_AGREED",
                        PLAN_PREPARED, "PLAN_PREPARED"),
                Set.of(),
                "",
                ENDED,
                "!intake.error.closed");
        row(
                Transition.PREPARE_PLAN,
                all(EnumSet.of(SUBMITTED, ASSIGNED, ASSESSED, PLAN_AGREED), "PLAN_PREPARED"),
                EnumSet.of(PLAN_PREPARED, CLOSED),
                "=",
                EnumSet.of(FORWARDED, NOT_QUALIFIED, WITHDRAWN),
                "!intake.error.closed");
        row(
                Transition.CLOSE_PLAN,
                Map.of(PLAN_PREPARED, "CLOSED"),
                EnumSet.of(SUBMITTED, ASSIGNED, ASSESSED, PLAN_AGREED),
                "!intake.error.plan-not-prepared",
                ENDED,
                "!intake.error.closed");
    }

    private static void row(
            Transition transition,
            Map<ApplicationStatus, String> moves,
            Set<ApplicationStatus> these,
            String outcome,
            Set<ApplicationStatus> those,
            String otherOutcome) {
        Map<ApplicationStatus, String> row = new EnumMap<>(moves);
        these.forEach(status -> row.put(status, outcome));
        those.forEach(status -> row.put(status, otherOutcome));
        TABLE.put(transition, row);
    }

    private static Map<ApplicationStatus, String> all(Set<ApplicationStatus> statuses, String outcome) {
        Map<ApplicationStatus, String> row = new EnumMap<>(ApplicationStatus.class);
        statuses.forEach(status -> row.put(status, outcome));
        return row;
    }

    static Stream<Arguments> cases() {
        return TABLE.entrySet().stream()
                .flatMap(row -> row.getValue().entrySet().stream()
                        .map(cell -> Arguments.of(row.getKey(), cell.getKey(), cell.getValue())));
    }

    @Test
    void theTableHasAnOutcomeForEveryTransitionFromEveryStatus() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(Transition.values());
        TABLE.forEach((transition, row) ->
                assertThat(row.keySet()).as("%s", transition).containsExactlyInAnyOrder(ApplicationStatus.values()));
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @MethodSource("cases")
    void everyTransitionMovesAsTheTableSaysOrIsRefusedWithItsKey(
            Transition transition, ApplicationStatus from, String expected) {
        Application app = in(from);
        if (expected.startsWith("!")) {
            assertThatThrownBy(() -> transition.apply.apply(app))
                    .isInstanceOf(DomainException.Conflict.class)
                    .extracting(e -> ((DomainException) e).messageKey())
                    .isEqualTo(expected.substring(1));
            return;
        }
        Change change = transition.apply.apply(app);
        assertThat(change.before()).isSameAs(app);
        if (expected.equals("=")) {
            assertThat(change.changed()).isFalse();
            assertThat(change.after()).isSameAs(app);
            assertThat(change.events()).isEmpty();
            return;
        }
        String[] parts = expected.split(" ");
        assertThat(change.changed()).isTrue();
        assertThat(change.after().status()).isEqualTo(ApplicationStatus.valueOf(parts[0]));
        assertThat(change.after().version()).isEqualTo(app.version() + 1);
        assertThat(change.step())
                .isEqualTo(
                        from == change.after().status() ? null : change.after().status());
        assertThat(change.events().stream().map(event -> event.getClass().getSimpleName()))
                .containsExactlyElementsOf(Arrays.asList(parts).subList(1, parts.length));
        change.events()
                .forEach(event ->
                        assertThat(event.aggregateId()).isEqualTo(app.id().value()));
    }

    @Test
    void anAssignmentRecordsTheAssigneeAndWhetherItWasAReassignment() {
        Change first = in(SUBMITTED).assign(EWA, STAFF, false, NOW);
        assertThat(first.after().assignee()).isEqualTo(EWA);
        assertThat(first.after().lifecycle().assignedAt()).isEqualTo(NOW);
        assertThat(first.events()).containsExactly(new ApplicationAssigned(id(first), EWA.id(), null, STAFF, false));

        Change again = first.after().assign(PIOTR, STAFF, true, NOW);
        assertThat(again.after().assigneeName()).isEqualTo("Piotr Wiśniewski");
        assertThat(again.events())
                .containsExactly(new ApplicationAssigned(id(first), PIOTR.id(), "Zespół 2", STAFF, true));
    }

    @Test
    void theSameAssigneeIsRefusedEvenWhenReassigning() {
        assertThatThrownBy(() -> in(ASSIGNED).assign(EWA, STAFF, true, NOW))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("already assigned to Ewa Kowalska");
    }

    @Test
    void forwardingAndRefusalCloseTheApplicationWithTheDecision() {
        Change forwarded = in(ASSESSED).forward(WHERE, STAFF, TODAY);
        assertThat(forwarded.after().closedOn()).isEqualTo(TODAY);
        assertThat(forwarded.after().lifecycle().decision())
                .isEqualTo(new Lifecycle.Decision(
                        STAFF, Forwarding.Destination.MUNICIPAL_OFFICE, "Urząd Miasta", "poza zakresem CUS", null));
        assertThat(forwarded.events())
                .containsExactly(
                        new ApplicationForwarded(id(forwarded), TODAY, Forwarding.Destination.MUNICIPAL_OFFICE));

        Change refused = in(ASSIGNED).refuse("powód", "odwołanie", STAFF, TODAY);
        assertThat(refused.after().closedOn()).isEqualTo(TODAY);
        assertThat(refused.after().lifecycle().decision())
                .isEqualTo(new Lifecycle.Decision(STAFF, null, null, "powód", "odwołanie"));
        assertThat(refused.events()).containsExactly(new ApplicationNotQualified(id(refused), TODAY));
    }

    @Test
    void assessmentAndWithdrawalRecordTheDay() {
        Change assessed = in(ASSIGNED).assess(TODAY);
        assertThat(assessed.events()).containsExactly(new ApplicationAssessed(id(assessed), TODAY));

        Change withdrawn = in(SUBMITTED).withdraw(TODAY);
        assertThat(withdrawn.after().closedOn()).isEqualTo(TODAY);
        assertThat(withdrawn.after().withdrawable()).isFalse();
        assertThat(withdrawn.events()).containsExactly(new ApplicationWithdrawn(id(withdrawn), TODAY));
    }

    @Test
    void theFirstAgreementDayStaysAndAPreparedPlanKeepsIt() {
        assertThat(in(ASSESSED).agreePlan(TODAY).after().planAgreedOn()).isEqualTo(TODAY);
        assertThat(in(PLAN_AGREED).agreePlan(TODAY).after().planAgreedOn()).isEqualTo(AGREED_ON);

        Application prepared = in(PLAN_AGREED).preparePlan(TODAY).after();
        assertThat(prepared.planPreparedOn()).isEqualTo(TODAY);
        assertThat(prepared.planAgreedOn()).isEqualTo(AGREED_ON);
        // Prepared without a recorded agreement (approval came last on the same day): agreed that day too.
        assertThat(in(ASSESSED).preparePlan(TODAY).after().planAgreedOn()).isEqualTo(TODAY);
    }

    @Test
    void closingThePlanClosesTheApplicationOnTheDay() {
        Application closed = in(PLAN_PREPARED).closePlan(TODAY).after();
        assertThat(closed.closedOn()).isEqualTo(TODAY);
        assertThat(closed.planPreparedOn()).isEqualTo(PREPARED_ON);
        assertThat(closed.status().isOpen()).isFalse();
    }

    @Test
    void onlyAnOpenApplicationWithoutAnAgreedPlanIsWithdrawable() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertThat(in(status).withdrawable()).as("%s", status).isEqualTo(EARLY.contains(status));
        }
    }

    private static UUID id(Change change) {
        return change.before().id().value();
    }

    /** An application as it stands in {@code status} when it got there by the usual path. */
    static Application in(ApplicationStatus status) {
        boolean assigned = status != SUBMITTED;
        boolean agreed = AGREED.contains(status) || status == CLOSED;
        boolean prepared = status == PLAN_PREPARED || status == CLOSED;
        var lifecycle = new Lifecycle(
                status,
                assigned ? EWA : null,
                assigned ? NOW.minusSeconds(86_400) : null,
                agreed ? AGREED_ON : null,
                prepared ? PREPARED_ON : null,
                ENDED.contains(status) ? CLOSED_ON : null,
                null);
        return new Application(
                new ApplicationId(UUID.randomUUID()),
                UUID.randomUUID(),
                "key",
                "hash",
                "W/2026/000001",
                ApplicationKind.IPUS,
                NOW.minusSeconds(86_400 * 60),
                SUBMITTED_ON,
                SUBMITTED_ON.plusDays(30),
                "potrzeby",
                null,
                List.of(),
                List.of(),
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                null,
                "pl",
                lifecycle,
                3);
    }
}
