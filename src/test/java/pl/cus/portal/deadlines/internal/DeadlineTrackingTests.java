package pl.cus.portal.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.BoardFilter;
import pl.cus.portal.deadlines.ContractEvents;
import pl.cus.portal.deadlines.DeadlineBoard;
import pl.cus.portal.deadlines.DeadlinePause;
import pl.cus.portal.deadlines.DeadlinePauses;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.deadlines.PausedDays;
import pl.cus.portal.deadlines.StaffNotification;
import pl.cus.portal.deadlines.StaffNotifications;
import pl.cus.portal.deadlines.TrackedDeadline;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.StoredEvent;
import tools.jackson.databind.json.JsonMapper;

/** The tracked deadlines kept from the event log and from time, on the portal's database. */
class DeadlineTrackingTests extends PortalIntegrationTest {

    static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", Set.of(Role.COORDINATOR));
    static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", Set.of(Role.ORGANISER));
    static final Actor DIRECTOR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000205"), "dyrektor", "Dyrektor", Set.of(Role.DIRECTOR));
    static final Actor ANNA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000101"), "anna", "Anna Nowak", Set.of(Role.RESIDENT));
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EventLog log;

    @Autowired
    DeadlineTracking tracking;

    @Autowired
    DeadlineBoard board;

    @Autowired
    DeadlinePauses pauses;

    @Autowired
    StaffNotifications notifications;

    @Autowired
    Deadlines deadlines;

    @Autowired
    DatabaseClient db;

    @Autowired
    pl.cus.portal.intake.BackOfficeApplications backOffice;

    @Autowired
    pl.cus.portal.shared.EventStream stream;

    @Autowired
    TrackedDeadlineStore store;

    @Autowired
    Transitions transitions;

    @Autowired
    pl.cus.portal.shared.EventTypes eventTypes;

    @Autowired
    org.springframework.transaction.reactive.TransactionalOperator transactions;

    private StoredEvent append(DomainEvent event) {
        StoredEvent stored = log.append(event).block(WAIT);
        tracking.awaitProjected(stored.sequence()).block(WAIT);
        return stored;
    }

    private TrackedDeadline tracked(UUID id) {
        return board.find(EWA, id).block(WAIT);
    }

    private List<StoredEvent> stateChanges(UUID id) {
        return db.sql("select seq, occurred_at, type, aggregate_id, payload::text as payload from event_log "
                        + "where aggregate_id = :id and type = 'DeadlineStateChanged' order by seq")
                .bind("id", id)
                .map(row -> new StoredEvent(
                        row.get("seq", Long.class),
                        java.time.Instant.now(),
                        row.get("type", String.class),
                        row.get("aggregate_id", UUID.class),
                        row.get("payload", String.class)))
                .all()
                .collectList()
                .block(WAIT);
    }

    private static String to(StoredEvent event) {
        return JSON.readTree(event.payload()).path("to").asString();
    }

    private UUID submit(LocalDate submittedOn, LocalDate due) {
        UUID id = UUID.randomUUID();
        append(ContractEvents.submitted(id, "IPUS", submittedOn, due));
        return id;
    }

    @Test
    void aSubmittedApplicationIsTrackedFromItsEventAndItsFirstStateIsAnnounced() {
        LocalDate today = deadlines.today();
        UUID id = submit(today, today.plusDays(30));

        TrackedDeadline row = tracked(id);
        assertThat(row.state()).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(row.dueDate()).isEqualTo(today.plusDays(30));
        assertThat(row.reference()).isEqualTo(ContractEvents.reference(id));
        assertThat(row.kind()).isEqualTo("IPUS");
        List<StoredEvent> changes = stateChanges(id);
        assertThat(changes).hasSize(1);
        assertThat(to(changes.getFirst())).isEqualTo("ON_TRACK");
        assertThat(JSON.readTree(changes.getFirst().payload()).path("dueDate").asString())
                .isEqualTo(today.plusDays(30).toString());
    }

    @Test
    void assignmentSetsCoordinatorAndTeamAndTheBoardFiltersByThem() {
        LocalDate today = deadlines.today();
        UUID id = submit(today, today.plusDays(30));
        append(ContractEvents.assigned(id, EWA.id(), "Zespół testowy " + id));

        TrackedDeadline row = tracked(id);
        assertThat(row.coordinatorId()).isEqualTo(EWA.id());
        assertThat(board.page(EWA, new BoardFilter(null, "Zespół testowy " + id, null, null), null, 10)
                        .collectList()
                        .block(WAIT))
                .extracting(TrackedDeadline::applicationId)
                .containsExactly(id);
        assertThat(board.page(EWA, new BoardFilter(EWA.id(), null, "IPUS", Set.of(DeadlineState.ON_TRACK)), null, 500)
                        .map(TrackedDeadline::applicationId)
                        .collectList()
                        .block(WAIT))
                .contains(id);
        assertThat(board.page(EWA, new BoardFilter(EWA.id(), null, "ZA_ZYCIEM", null), null, 500)
                        .map(TrackedDeadline::applicationId)
                        .collectList()
                        .block(WAIT))
                .doesNotContain(id);
        assertThat(board.teams(DIRECTOR).block(WAIT)).contains("Zespół testowy " + id);
        assertThat(stateChanges(id)).hasSize(1);
    }

    @Test
    void withdrawalAndForwardingCloseTheDeadline() {
        LocalDate today = deadlines.today();
        UUID withdrawn = submit(today, today.plusDays(30));
        append(ContractEvents.withdrawn(withdrawn, today));
        UUID forwarded = submit(today, today.plusDays(30));
        append(ContractEvents.forwarded(forwarded, today));

        assertThat(tracked(withdrawn).state()).isEqualTo(DeadlineState.CLOSED);
        assertThat(tracked(forwarded).state()).isEqualTo(DeadlineState.CLOSED);
        assertThat(stateChanges(withdrawn))
                .extracting(DeadlineTrackingTests::to)
                .containsExactly("ON_TRACK", "CLOSED");
        assertThat(board.page(EWA, BoardFilter.all(), null, 500)
                        .map(TrackedDeadline::applicationId)
                        .collectList()
                        .block(WAIT))
                .doesNotContain(withdrawn, forwarded);
    }

    @Test
    void aPlanMeetsTheDeadlineOnTimeOrLateAndAnOverdueOneNotifiesTheOrganiser() {
        LocalDate today = deadlines.today();
        UUID onTime = submit(today, today.plusDays(30));
        append(new PlanPrepared(onTime, today));
        assertThat(tracked(onTime).state()).isEqualTo(DeadlineState.MET);

        UUID late = submit(today.minusDays(40), today.minusDays(10));
        assertThat(tracked(late).state()).isEqualTo(DeadlineState.OVERDUE);
        List<StaffNotification> notices =
                notifications.recent(JAN, 200).collectList().block(WAIT);
        StaffNotification notice = notices.stream()
                .filter(n -> late.equals(n.applicationId()))
                .findFirst()
                .orElseThrow();
        assertThat(notice.reference()).isEqualTo(ContractEvents.reference(late));
        assertThat(notice.messageKey()).isEqualTo("deadlines.notification.overdue");
        assertThat(notice.read()).isFalse();
        assertThat(notifications.recent(EWA, 200).collectList().block(WAIT))
                .extracting(StaffNotification::applicationId)
                .doesNotContain(late);

        append(new PlanPrepared(late, today));
        assertThat(tracked(late).state()).isEqualTo(DeadlineState.MET_LATE);
        assertThat(stateChanges(late)).extracting(DeadlineTrackingTests::to).containsExactly("OVERDUE", "MET_LATE");
        assertThat(tracked(late).dueDate()).isEqualTo(today.minusDays(10));

        long unread = notifications.unreadCount(JAN).block(WAIT);
        notifications.markRead(JAN, notice.id()).block(WAIT);
        assertThat(notifications.unreadCount(JAN).block(WAIT)).isEqualTo(unread - 1);
        assertThatThrownBy(() -> notifications.markRead(EWA, notice.id()).block(WAIT))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void anEventDeliveredAgainIsNotAppliedTwice() {
        LocalDate today = deadlines.today();
        UUID id = UUID.randomUUID();
        StoredEvent submitted = append(ContractEvents.submitted(id, "IPUS", today.minusDays(40), today.minusDays(10)));
        assertThat(countNotices(id)).isEqualTo(1);

        // A second projector (as on another instance, or after a restart) handed the same event skips it.
        var second = new DeadlineProjector(stream, log, store, transitions, deadlines, transactions, eventTypes);
        assertThat(second.handle(submitted).block(WAIT)).isEqualTo(submitted);
        assertThat(countNotices(id)).isEqualTo(1);
        assertThat(stateChanges(id)).hasSize(1);
        assertThat(db.sql("select last_seq from deadline_checkpoint")
                        .map(row -> row.get("last_seq", Long.class))
                        .one()
                        .block(WAIT))
                .isGreaterThanOrEqualTo(submitted.sequence());
    }

    private long countNotices(UUID id) {
        return db.sql("select count(*) as n from staff_notification where application_id = :id")
                .bind("id", id)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(WAIT);
    }

    @Test
    void reevaluationAtMidnightMovesOnlyTheDeadlinesDueForAChange() {
        LocalDate today = deadlines.today();
        UUID soon = submit(today, today.plusDays(10)); // due soon from today + 3
        UUID later = submit(today, today.plusDays(200)); // due soon from today + 193
        assertThat(tracked(soon).state()).isEqualTo(DeadlineState.ON_TRACK);
        var laterBefore = updatedAt(later);

        LocalDate day = today.plusDays(3);
        long due = dueForChange(day);
        assertThat(due).isGreaterThanOrEqualTo(1);
        int changed = tracking.reevaluate(day).block(WAIT);
        assertThat(changed).isEqualTo(due);
        assertThat(tracked(soon).state()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(tracked(later).state()).isEqualTo(DeadlineState.ON_TRACK);
        assertThat(updatedAt(later)).isEqualTo(laterBefore);
        assertThat(tracking.reevaluate(day).block(WAIT)).isZero();

        LocalDate afterDue = today.plusDays(11);
        assertThat(tracking.reevaluate(afterDue).block(WAIT)).isGreaterThanOrEqualTo(1);
        assertThat(tracked(soon).state()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(tracked(soon).dueDate()).isEqualTo(today.plusDays(10));
        assertThat(stateChanges(soon))
                .extracting(DeadlineTrackingTests::to)
                .containsExactly("ON_TRACK", "DUE_SOON", "OVERDUE");
        assertThat(countNotices(soon)).isEqualTo(1);
        assertThat(tracked(later).state()).isEqualTo(DeadlineState.ON_TRACK);
    }

    private long dueForChange(LocalDate day) {
        return db.sql("select count(*) as n from tracked_deadline where next_change <= :day")
                .bind("day", day)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(WAIT);
    }

    private Object updatedAt(UUID id) {
        return db.sql("select updated_at from tracked_deadline where application_id = :id")
                .bind("id", id)
                .map(row -> row.get("updated_at", java.time.OffsetDateTime.class))
                .one()
                .block(WAIT);
    }

    @Test
    void pausesAreListedAndReportedWhileTheDueDateStays() {
        LocalDate today = deadlines.today();
        // Pauses follow the case access policy: a real application, assigned to Ewa.
        UUID id = pl.cus.portal.deadlines.Cases.assignedTo(EWA, clientAs("anna"), backOffice, stream, tracking);
        LocalDate due = tracked(id).dueDate();

        DeadlinePause pause = pauses.pause(EWA, id, PauseReason.MISSING_DOCUMENTS, "  zaświadczenie  ")
                .block(WAIT);
        assertThat(pause.note()).isEqualTo("zaświadczenie");
        assertThat(tracked(id).paused()).isTrue();
        assertThat(tracked(id).pauseReason()).isEqualTo(PauseReason.MISSING_DOCUMENTS);
        assertThat(tracked(id).dueDate()).isEqualTo(due);
        assertThatThrownBy(() -> pauses.pause(EWA, id, PauseReason.OTHER, null).block(WAIT))
                .isInstanceOf(DomainException.Conflict.class)
                .hasFieldOrPropertyWithValue("messageKey", "deadlines.pause.error.already-paused");
        assertThatThrownBy(() ->
                        pauses.pause(DIRECTOR, id, PauseReason.OTHER, null).block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> pauses.pauses(ANNA, id).blockLast(WAIT)).isInstanceOf(DomainException.Forbidden.class);

        DeadlinePause ended = pauses.resume(EWA, id).block(WAIT);
        assertThat(ended.endedOn()).isEqualTo(today);
        assertThat(tracked(id).paused()).isFalse();
        assertThatThrownBy(() -> pauses.resume(EWA, id).block(WAIT)).isInstanceOf(DomainException.Conflict.class);
        pauses.pause(JAN, id, PauseReason.AWAITING_ANSWER, null).block(WAIT);

        assertThat(pauses.pauses(DIRECTOR, id).collectList().block(WAIT))
                .extracting(DeadlinePause::reason)
                .containsExactly(PauseReason.MISSING_DOCUMENTS, PauseReason.AWAITING_ANSWER);
        PausedDays line = pauses.report(DIRECTOR)
                .filter(p -> p.applicationId().equals(id))
                .blockFirst(WAIT);
        assertThat(line.pauses()).isEqualTo(2);
        assertThat(line.pausedDays()).isZero();
        assertThat(line.pausedNow()).isTrue();
        assertThat(line.dueDate()).isEqualTo(due);
        assertThat(eventTypes(id)).contains("DeadlinePaused", "DeadlineResumed");

        // Meeting the deadline ends the open pause.
        append(new PlanPrepared(id, today));
        assertThat(tracked(id).paused()).isFalse();
        assertThat(pauses.pauses(EWA, id).collectList().block(WAIT)).allMatch(p -> !p.open());
        assertThatThrownBy(() -> pauses.pause(EWA, id, PauseReason.OTHER, null).block(WAIT))
                .isInstanceOf(DomainException.Conflict.class)
                .hasFieldOrPropertyWithValue("messageKey", "deadlines.pause.error.not-open");
    }

    private List<String> eventTypes(UUID id) {
        return db.sql("select type from event_log where aggregate_id = :id order by seq")
                .bind("id", id)
                .map(row -> row.get("type", String.class))
                .all()
                .collectList()
                .block(WAIT);
    }

    @Test
    void residentsSeeNoBoard() {
        assertThatThrownBy(() -> board.counts(ANNA, BoardFilter.all()).block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> board.page(ANNA, BoardFilter.all(), null, 10).blockLast(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void countsFollowTheFilter() {
        LocalDate today = deadlines.today();
        UUID id = submit(today, today.plusDays(2));
        String team = "Zespół liczony " + id;
        append(ContractEvents.assigned(id, JAN.id(), team));
        var counts = board.counts(EWA, new BoardFilter(null, team, null, null)).block(WAIT);
        assertThat(counts.of(DeadlineState.DUE_SOON)).isEqualTo(1);
        assertThat(counts.of(DeadlineState.ON_TRACK)).isZero();
        assertThat(counts.of(DeadlineState.OVERDUE)).isZero();
    }
}
