package pl.cus.portal.plans.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.ClosureRecord;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanAgreed;
import pl.cus.portal.plans.PlanApproved;
import pl.cus.portal.plans.PlanChangesRequested;
import pl.cus.portal.plans.PlanClosed;
import pl.cus.portal.plans.PlanClosure;
import pl.cus.portal.plans.PlanId;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanMonitoringNoted;
import pl.cus.portal.plans.PlanPeriods;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.plans.PlanRenewed;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.PlanVersionSaved;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/**
 * The individual plan (IPUS) as one aggregate: its current version, agreement, approval, the prepared moment, the
 * resident's change request and the closure. Every transition checks the plan's state, refuses an illegal one (the
 * refusals the API documents) and returns the events to record; what "agreed", "approved", "editable" (not frozen),
 * "in force", "renewable" and "closed" mean is said once, by {@link Plan} and {@link PlanVersion}. {@link PlanStore}
 * only loads and saves it, checking {@link #revision()} so that a concurrent change is refused.
 */
final class IndividualPlan {

    /** The revision of a plan that was never saved. */
    static final long UNSAVED = 0;

    /** What the coordinator wrote, already checked and stripped, before it gets its version number. */
    record Content(
            LocalDate from,
            LocalDate to,
            List<PlanItem> items,
            String goals,
            String reason,
            String writtenBy,
            Instant writtenAt) {

        PlanVersion numbered(int number) {
            return new PlanVersion(number, from, to, items, goals, reason, writtenBy, writtenAt, null, null);
        }
    }

    private final PlanId id;
    private final ApplicationId applicationId;
    private final long revision;
    private PlanVersion current;
    private UUID writerId;
    private UUID approverId;
    private LocalDate preparedOn;
    private String changeRequest;
    private Instant changeRequestedAt;
    private PlanClosure closure;
    private UUID closerId;

    /** The plan as stored; {@code writerId} wrote the current version, {@code approverId} approved it. */
    IndividualPlan(Plan state, UUID writerId, UUID approverId, UUID closerId, long revision) {
        this.id = state.id();
        this.applicationId = state.applicationId();
        this.current = state.current();
        this.preparedOn = state.preparedOn();
        this.changeRequest = state.changeRequest();
        this.changeRequestedAt = state.changeRequestedAt();
        this.closure = state.closure();
        this.writerId = writerId;
        this.approverId = approverId;
        this.closerId = closerId;
        this.revision = revision;
    }

    /** A new plan with its first version; its event is {@link PlanVersionSaved} for version 1. */
    static IndividualPlan start(PlanId id, ApplicationId applicationId, Content content, UUID writerId) {
        return new IndividualPlan(
                new Plan(id, applicationId, content.numbered(1), null, null, null, List.of(), null),
                writerId,
                null,
                null,
                UNSAVED);
    }

    /** The event of {@link #start}. */
    List<DomainEvent> started() {
        return List.of(new PlanVersionSaved(applicationId.value(), current.number()));
    }

    /**
     * The coordinator writes the plan: an editable current version is replaced; a frozen one (agreed or approved)
     * gets a new version, which needs a reason. Either answers a pending change request.
     */
    List<DomainEvent> write(Content content, UUID writer) {
        requireOpen();
        int number = current.number();
        if (current.frozen()) {
            if (content.reason() == null) {
                throw InvalidInput.of(
                        "reason",
                        "plans.error.reason-required",
                        "The plan was already agreed or approved: say why it changes (a new version is made).");
            }
            number++;
        }
        newCurrent(content.numbered(number), writer);
        return List.of(new PlanVersionSaved(applicationId.value(), number));
    }

    /** The resident agrees to the current version; with the approval already there the plan becomes prepared. */
    List<DomainEvent> agree(LocalDate today) {
        requireOpen();
        if (current.agreed()) {
            throw new DomainException.Conflict("plans.error.already-agreed", "You have already agreed to this plan.");
        }
        current = decided(today, current.approvedOn());
        answerChangeRequest();
        List<DomainEvent> events = new ArrayList<>();
        events.add(new PlanAgreed(applicationId.value(), current.number(), today));
        preparedIfComplete(today, events);
        return events;
    }

    /** The resident asks for changes to the current version, until they agree to it. */
    List<DomainEvent> requestChanges(String message, Instant at) {
        requireOpen();
        if (current.agreed()) {
            throw new DomainException.Conflict(
                    "plans.error.already-agreed",
                    "You have already agreed to this plan; write to your coordinator about changes.");
        }
        changeRequest = message;
        changeRequestedAt = at;
        return List.of(new PlanChangesRequested(applicationId.value(), current.number()));
    }

    /** The director approves the current version; with the agreement already there the plan becomes prepared. */
    List<DomainEvent> approve(LocalDate today, UUID director) {
        requireOpen();
        if (current.approved()) {
            throw new DomainException.Conflict("plans.error.already-approved", "This plan is already approved.");
        }
        current = decided(current.agreedOn(), today);
        approverId = director;
        List<DomainEvent> events = new ArrayList<>();
        events.add(new PlanApproved(applicationId.value(), current.number(), today));
        preparedIfComplete(today, events);
        return events;
    }

    /**
     * A meeting may be recorded while the plan is not closed; it has no event of the plan's own (the meeting belongs
     * to the application), but saving the plan afterwards keeps a concurrent closure from passing it.
     */
    void admitMeeting() {
        requireOpen();
    }

    /** A monitoring note, only while the plan is in force. */
    List<DomainEvent> note(LocalDate notedOn) {
        requireInForce();
        return List.of(new PlanMonitoringNoted(applicationId.value(), notedOn));
    }

    /**
     * A further period from the day after the current end, for a plan in force whose current version is agreed and
     * approved; the services stay, the goals stay unless new ones are given.
     */
    List<DomainEvent> renew(PlanRenewal renewal, UUID writer, String writerName, Instant at) {
        requireInForce();
        if (!state().renewable()) {
            throw new DomainException.Conflict(
                    "plans.error.renewal-pending",
                    "The current version is not yet agreed and approved; change it in the editor instead of renewing.");
        }
        var errors = LifecycleRules.renewal(renewal, current.to());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        int next = current.number() + 1;
        LocalDate from = PlanPeriods.renewalStart(current.to());
        String goals = renewal.goals() == null || renewal.goals().isBlank()
                ? current.goals()
                : renewal.goals().strip();
        var content = new Content(
                from, renewal.to(), current.items(), goals, renewal.reason().strip(), writerName, at);
        newCurrent(content.numbered(next), writer);
        return List.of(
                new PlanVersionSaved(applicationId.value(), next),
                new PlanRenewed(applicationId.value(), next, from, renewal.to()));
    }

    /** Closes a plan in force with its summary (checked by {@link LifecycleRules#closure}); read-only afterwards. */
    List<DomainEvent> close(ClosureRecord record, LocalDate today, UUID writer, String writerName) {
        requireInForce();
        String reason = record.reason() == null || record.reason().isBlank()
                ? null
                : record.reason().strip();
        closure = new PlanClosure(
                today,
                record.summaryOn(),
                record.summaryNotes().strip(),
                record.courseAndResults().strip(),
                record.outcome(),
                reason,
                writerName);
        closerId = writer;
        return List.of(
                new PlanClosed(applicationId.value(), today, record.outcome().name()));
    }

    /** The plan as the API shows it (without warnings, which come from the catalogue). */
    Plan state() {
        return new Plan(id, applicationId, current, preparedOn, changeRequest, changeRequestedAt, List.of(), closure);
    }

    PlanId id() {
        return id;
    }

    long revision() {
        return revision;
    }

    UUID writerId() {
        return writerId;
    }

    UUID approverId() {
        return approverId;
    }

    UUID closerId() {
        return closerId;
    }

    /** The refusal of every change to a closed plan (docs/decisions/0019). */
    static DomainException.Conflict closedRefusal() {
        return new DomainException.Conflict(
                "plans.error.plan-closed", "The plan is closed after its summary; it can no longer change.");
    }

    private void requireOpen() {
        if (state().closed()) {
            throw closedRefusal();
        }
    }

    private void requireInForce() {
        requireOpen();
        if (!state().inForce()) {
            throw new DomainException.Conflict(
                    "plans.error.not-prepared", "The plan is not yet agreed and approved; it is not in force.");
        }
    }

    private void newCurrent(PlanVersion version, UUID writer) {
        current = version;
        writerId = writer;
        approverId = null;
        answerChangeRequest();
    }

    private void answerChangeRequest() {
        changeRequest = null;
        changeRequestedAt = null;
    }

    private PlanVersion decided(LocalDate agreedOn, LocalDate approvedOn) {
        return new PlanVersion(
                current.number(),
                current.from(),
                current.to(),
                current.items(),
                current.goals(),
                current.reason(),
                current.writtenBy(),
                current.writtenAt(),
                agreedOn,
                approvedOn);
    }

    /** The second of agreement and approval makes the plan prepared; only the first time counts for the deadline. */
    private void preparedIfComplete(LocalDate today, List<DomainEvent> events) {
        if (current.agreed() && current.approved() && preparedOn == null) {
            preparedOn = today;
            events.add(new PlanPrepared(applicationId.value(), today));
        }
    }
}
