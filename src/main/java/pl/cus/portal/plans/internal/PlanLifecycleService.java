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
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.PlanSteps;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingAgreements;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingRecord;
import pl.cus.portal.plans.MonitoringNote;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanClosed;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanMeeting;
import pl.cus.portal.plans.PlanMeetingRecorded;
import pl.cus.portal.plans.PlanMonitoringNoted;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.plans.PlanRenewed;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.PlanVersionSaved;
import pl.cus.portal.plans.internal.PlanStore.PlanRow;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Meetings, monitoring, renewal and closure under the plan's access policy (decision 0019): the same writers and
 * readers as {@link PlanService}, every change in one transaction with its event (and, for closure, with intake's
 * record of it). Order of checks: who may (NotFound/Forbidden), then the input (InvalidInput), then the plan's state
 * (Conflict), so that nobody learns about a case they may not touch.
 */
@Service
class PlanLifecycleService implements PlanLifecycle {

    private final PlanService plans;
    private final PlanStore planStore;
    private final LifecycleStore store;
    private final BackOfficeApplications backOffice;
    private final PlanSteps steps;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    PlanLifecycleService(
            PlanService plans,
            PlanStore planStore,
            LifecycleStore store,
            BackOfficeApplications backOffice,
            PlanSteps steps,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.plans = plans;
        this.planStore = planStore;
        this.store = store;
        this.backOffice = backOffice;
        this.steps = steps;
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
            LocalDate next = record.nextMeetingOn() != null
                    ? record.nextMeetingOn()
                    : LifecycleRules.defaultNextMeeting(record.heldOn());
            var meeting = new PlanMeeting(
                    UUID.randomUUID(),
                    record.heldOn(),
                    record.participants().stream()
                            .map(p -> new MeetingParticipant(
                                    p.name().strip(), p.role().strip(), p.attended()))
                            .toList(),
                    strip(record.goingWell()),
                    strip(record.concerns()),
                    strip(record.options()),
                    strip(record.chosenServices()),
                    record.agreements().stream()
                            .map(a -> new MeetingAgreement(
                                    a.who().strip(), a.what().strip(), a.by()))
                            .toList(),
                    next,
                    writer.displayName(),
                    now());
            // The plan row, when there is one, is locked so that a meeting cannot slip in beside the closure.
            return planStore
                    .lock(id)
                    .flatMap(PlanService::open)
                    .then()
                    .then(store.insertMeeting(id, meeting, writer.id()))
                    .then(events.append(new PlanMeetingRecorded(
                            id.value(), meeting.id(), meeting.heldOn(), meeting.nextMeetingOn())))
                    .as(transactions::transactional)
                    .thenReturn(meeting);
        }));
    }

    @Override
    public Flux<PlanMeeting> meetings(Actor staff, ApplicationId id) {
        return staffReader(staff, id, "plan meetings").thenMany(store.meetings(id));
    }

    @Override
    public Mono<PlanMeeting> meeting(Actor staff, ApplicationId id, UUID meetingId) {
        return staffReader(staff, id, "plan meeting agreements")
                .then(store.meeting(id, meetingId))
                .switchIfEmpty(Mono.error(
                        () -> new DomainException.NotFound("No meeting " + meetingId + " in application " + id + ".")));
    }

    @Override
    public Flux<MeetingAgreements> agreements(Actor actor, ApplicationId id) {
        return plans.readable(actor, id, "plan meeting agreements")
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
            return lockedInForce(id)
                    .flatMap(plan -> store.insertNote(plan.id(), note, writer.id()))
                    .then(events.append(new PlanMonitoringNoted(id.value(), note.notedOn())))
                    .as(transactions::transactional)
                    .thenReturn(note);
        }));
    }

    @Override
    public Flux<MonitoringNote> notes(Actor staff, ApplicationId id) {
        return staffReader(staff, id, "plan monitoring notes")
                .then(plans.plan(id))
                .flatMapMany(plan -> store.notes(plan.id()));
    }

    @Override
    public Mono<Plan> renew(Actor writer, ApplicationId id, PlanRenewal renewal) {
        return writable(writer, id, "plan renewal").then(Mono.defer(() -> {
            if (renewal == null) {
                return Mono.error(InvalidInput.of("to", "plans.error.to-missing", "Send {\"to\", \"reason\"}."));
            }
            return lockedInForce(id)
                    .flatMap(plan -> planStore
                            .version(plan.id(), plan.currentVersion())
                            .flatMap(current -> {
                                if (current.agreedOn() == null || current.approvedOn() == null) {
                                    return Mono.error(
                                            new DomainException.Conflict(
                                                    "plans.error.renewal-pending",
                                                    "The current version is not yet agreed and approved; change it in the editor instead of renewing."));
                                }
                                valid(LifecycleRules.renewal(renewal, current.to()));
                                int next = current.number() + 1;
                                LocalDate from = LifecycleRules.renewalStart(current.to());
                                String goals = renewal.goals() == null
                                                || renewal.goals().isBlank()
                                        ? current.goals()
                                        : renewal.goals().strip();
                                var version = new PlanVersion(
                                        next,
                                        from,
                                        renewal.to(),
                                        current.items(),
                                        goals,
                                        renewal.reason().strip(),
                                        writer.displayName(),
                                        now(),
                                        null,
                                        null);
                                return planStore
                                        .insertVersion(plan.id(), version, writer.id())
                                        .then(planStore.setCurrent(plan.id(), next))
                                        .then(events.append(new PlanVersionSaved(id.value(), next)))
                                        .then(events.append(new PlanRenewed(id.value(), next, from, renewal.to())));
                            }))
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
            String reason = closure.reason() == null || closure.reason().isBlank()
                    ? null
                    : closure.reason().strip();
            var record = new PlanClosure(
                    today,
                    closure.summaryOn(),
                    closure.summaryNotes().strip(),
                    closure.courseAndResults().strip(),
                    closure.outcome(),
                    reason,
                    writer.displayName());
            return lockedInForce(id)
                    .flatMap(plan -> planStore
                            .close(plan.id(), record, writer.id())
                            .flatMap(done -> done
                                    ? steps.planClosed(writer, id, today)
                                            .then(events.append(new PlanClosed(
                                                    id.value(),
                                                    today,
                                                    closure.outcome().name())))
                                    : Mono.error(PlanService.closed())))
                    .as(transactions::transactional)
                    .then(plans.current(id));
        }));
    }

    /** The assigned coordinator or the organiser, on an open case they see in full. */
    private Mono<Void> writable(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> {
            if (!actor.isStaff()) {
                return Mono.error(
                        new DomainException.Forbidden("Only the coordinator of the case records the plan's course."));
            }
            return backOffice.open(actor, id, purpose).flatMap(view -> PlanService.writable(actor, view));
        });
    }

    /** Staff who read the plan; residents receive only the agreements ({@link #agreements}). */
    private Mono<Void> staffReader(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> actor.isStaff()
                ? plans.readable(actor, id, purpose)
                : Mono.error(new DomainException.Forbidden(
                        "The protocol stays in the case file; the agreements are in the plan.")));
    }

    /** The plan row locked, prepared and not closed: monitoring, renewal and closure need a plan in force. */
    private Mono<PlanRow> lockedInForce(ApplicationId id) {
        return planStore
                .lock(id)
                .switchIfEmpty(Mono.error(
                        () -> new DomainException.NotFound("There is no plan for application " + id + " yet.")))
                .flatMap(PlanService::open)
                .flatMap(plan -> plan.preparedOn() == null
                        ? Mono.error(new DomainException.Conflict(
                                "plans.error.not-prepared",
                                "The plan is not yet agreed and approved; it is not in force."))
                        : Mono.just(plan));
    }

    private static void valid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
