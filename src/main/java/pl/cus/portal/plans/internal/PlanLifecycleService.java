package pl.cus.portal.plans.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.MeetingAgreements;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.MonitoringNote;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanMeeting;
import pl.cus.portal.plans.PlanMeetingRecorded;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Meetings, monitoring, renewal and closure under the plan's access policy (decision 0019): the same writers and
 * readers as {@link PlanService}; the {@link IndividualPlan} decides whether its state allows the change, and it is
 * saved in one transaction with its events (and, for closure, with intake's record of it). Order of checks: who may
 * (NotFound/Forbidden), then the input (InvalidInput), then the plan's state (Conflict), so that nobody learns about a
 * case they may not touch.
 */
@Service
class PlanLifecycleService implements PlanLifecycle {

    private static final String NOT_STAFF = "Only the coordinator of the case records the plan's course.";

    private final PlanService plans;
    private final PlanAccess access;
    private final PlanStore planStore;
    private final LifecycleStore store;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    PlanLifecycleService(
            PlanService plans,
            PlanAccess access,
            PlanStore planStore,
            LifecycleStore store,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.planStore = planStore;
        this.store = store;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Mono<PlanMeeting> recordMeeting(Actor writer, ApplicationId id, MeetingRecord record) {
        return writable(writer, id, "meeting record").then(Mono.defer(() -> {
            if (record == null) {
                return Mono.error(
                        InvalidInput.of("participants", "plans.error.participants-empty", "Send the meeting record."));
            }
            valid(LifecycleRules.meeting(record, today()));
            var meeting = LifecycleRules.recorded(record, UUID.randomUUID(), writer.displayName(), now());
            // The plan, when there is one, must not be closed; saving it keeps a closure from passing the meeting.
            return planStore
                    .find(id)
                    .flatMap(plan -> {
                        plan.admitMeeting();
                        return plans.saved(writer, plan, List.of());
                    })
                    .then(store.insertMeeting(id, meeting, writer.id()))
                    .then(events.append(new PlanMeetingRecorded(
                            id.value(), meeting.id(), meeting.heldOn(), meeting.nextMeetingOn())))
                    .as(transactions::transactional)
                    .thenReturn(meeting);
        }));
    }

    @Override
    public Flux<PlanMeeting> meetings(Actor staff, ApplicationId id) {
        return access.staffReader(staff, id, "plan meetings").thenMany(store.meetings(id));
    }

    @Override
    public Mono<PlanMeeting> meeting(Actor staff, ApplicationId id, UUID meetingId) {
        return access.staffReader(staff, id, "plan meeting agreements").then(meetingOf(id, meetingId));
    }

    /** One meeting of the case, or NotFound; no access check. */
    Mono<PlanMeeting> meetingOf(ApplicationId id, UUID meetingId) {
        return store.meeting(id, meetingId)
                .switchIfEmpty(Mono.error(
                        () -> new DomainException.NotFound("No meeting " + meetingId + " in application " + id + ".")));
    }

    @Override
    public Flux<MeetingAgreements> agreements(Actor actor, ApplicationId id) {
        return access.readable(actor, id, "plan meeting agreements")
                .thenMany(store.meetings(id))
                .map(MeetingAgreements::of);
    }

    @Override
    public Mono<MonitoringNote> note(Actor writer, ApplicationId id, LocalDate notedOn, String text) {
        return writable(writer, id, "plan monitoring").then(Mono.defer(() -> {
            LocalDate today = today();
            valid(LifecycleRules.note(notedOn, text, today));
            var note = new MonitoringNote(
                    UUID.randomUUID(), notedOn == null ? today : notedOn, text.strip(), writer.displayName(), now());
            return plans.plan(id)
                    .flatMap(plan -> {
                        var changes = plan.note(note.notedOn());
                        return store.insertNote(plan.id(), note, writer.id()).then(plans.saved(writer, plan, changes));
                    })
                    .as(transactions::transactional)
                    .thenReturn(note);
        }));
    }

    @Override
    public Flux<MonitoringNote> notes(Actor staff, ApplicationId id) {
        return access.staffReader(staff, id, "plan monitoring notes")
                .then(plans.plan(id))
                .flatMapMany(plan -> store.notes(plan.id()));
    }

    @Override
    public Mono<Plan> renew(Actor writer, ApplicationId id, PlanRenewal renewal) {
        return writable(writer, id, "plan renewal").then(Mono.defer(() -> {
            if (renewal == null) {
                return Mono.error(InvalidInput.of("to", "plans.error.to-missing", "Send {\"to\", \"reason\"}."));
            }
            return plans.plan(id)
                    .flatMap(plan ->
                            plans.saved(writer, plan, plan.renew(renewal, writer.id(), writer.displayName(), now())))
                    .as(transactions::transactional)
                    .then(plans.current(id));
        }));
    }

    @Override
    public Mono<Plan> close(Actor writer, ApplicationId id, ClosureRecord closure) {
        return writable(writer, id, "plan closure").then(Mono.defer(() -> {
            if (closure == null) {
                return Mono.error(
                        InvalidInput.of("outcome", "plans.error.outcome", "Send the summary and the outcome."));
            }
            LocalDate today = today();
            valid(LifecycleRules.closure(closure, today));
            return plans.plan(id)
                    .flatMap(plan ->
                            plans.saved(writer, plan, plan.close(closure, today, writer.id(), writer.displayName())))
                    .as(transactions::transactional)
                    .then(plans.current(id));
        }));
    }

    /** The assigned coordinator or the organiser, on an open case they see in full. */
    private Mono<Void> writable(Actor actor, ApplicationId id, String purpose) {
        return access.writable(actor, id, purpose, NOT_STAFF).then();
    }

    private static void valid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
