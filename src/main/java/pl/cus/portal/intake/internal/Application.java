package pl.cus.portal.intake.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import pl.cus.portal.catalogue.ServiceSummary;
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
import pl.cus.portal.intake.Forwarding;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.intake.internal.Lifecycle.Decision;
import pl.cus.portal.shared.DomainEvent;

/**
 * The application aggregate: what the resident submitted, fixed from then on, and its {@link Lifecycle}. Every
 * transition is decided here: a method refuses an illegal one with the {@code DomainException} the API answers with
 * ({@link Refusals}) and otherwise returns the {@link Change} to save and the events to append. The store only loads
 * and saves it, against {@link #version()}.
 *
 * @param version raised by every saved change; a save names the version its change was decided on
 */
record Application(
        ApplicationId id,
        UUID residentId,
        String idempotencyKey,
        String requestHash,
        String reference,
        ApplicationKind kind,
        Instant submittedAt,
        LocalDate submittedOn,
        LocalDate planDueDate,
        String needs,
        Situation situation,
        List<ServiceSummary> services,
        List<HouseholdMember> household,
        Contact contact,
        String district,
        String language,
        Lifecycle lifecycle,
        long version) {

    /**
     * A transition's outcome: the application before and after it and the events to record with it. Nothing changed
     * when {@code after} is {@code before} (a repeated step that is recorded once).
     */
    record Change(Application before, Application after, List<DomainEvent> events) {

        static Change none(Application application) {
            return new Change(application, application, List.of());
        }

        boolean changed() {
            return after != before;
        }

        /** The status to add to the resident's history, when the change moved it. */
        ApplicationStatus step() {
            return after.status() != before.status() ? after.status() : null;
        }
    }

    ApplicationStatus status() {
        return lifecycle.status();
    }

    LocalDate planAgreedOn() {
        return lifecycle.planAgreedOn();
    }

    LocalDate planPreparedOn() {
        return lifecycle.planPreparedOn();
    }

    LocalDate closedOn() {
        return lifecycle.closedOn();
    }

    Assignee assignee() {
        return lifecycle.assignee();
    }

    /** The assignee's id, {@code null} while nobody has taken the application. */
    UUID assigneeId() {
        return assigned() ? lifecycle.assignee().id() : null;
    }

    String assigneeName() {
        return assigned() ? lifecycle.assignee().displayName() : null;
    }

    boolean assigned() {
        return lifecycle.assignee() != null;
    }

    boolean assignedTo(UUID staffId) {
        return assigned() && lifecycle.assignee().id().equals(staffId);
    }

    /** Withdrawal is open until a plan is agreed. */
    boolean withdrawable() {
        return status().isOpen() && planAgreedOn() == null;
    }

    /**
     * Assigns the application to {@code assignee}; a submitted one becomes {@code ASSIGNED}. Refused when it is no
     * longer open, already assigned (unless {@code reassign}, which only the organiser may ask for) or already
     * assigned to that person.
     */
    Change assign(Assignee assignee, UUID by, boolean reassign, Instant at) {
        requireOpen();
        if ((assigned() && !reassign) || assignedTo(assignee.id())) {
            throw Refusals.alreadyAssigned(assigneeName());
        }
        var next = status() == ApplicationStatus.SUBMITTED ? ApplicationStatus.ASSIGNED : status();
        return change(
                lifecycle.withAssignee(assignee, at, next),
                new ApplicationAssigned(id.value(), assignee.id(), assignee.team(), by, assigned()));
    }

    /** Records the needs assessment (art. 37): only an assigned application that was not assessed yet. */
    Change assess(LocalDate on) {
        if (status() != ApplicationStatus.ASSIGNED) {
            throw switch (status()) {
                case ASSESSED -> Refusals.alreadyAssessed();
                case SUBMITTED -> Refusals.notAssigned();
                default -> Refusals.closed(this);
            };
        }
        return change(lifecycle.withStatus(ApplicationStatus.ASSESSED), new ApplicationAssessed(id.value(), on));
    }

    /** Forwards the application (art. 38) and closes it: only while it is open and no plan is agreed. */
    Change forward(Forwarding where, UUID by, LocalDate on) {
        requireUndecided();
        var decision = new Decision(by, where.destination(), where.destinationName(), where.reason(), null);
        return change(
                lifecycle.closed(ApplicationStatus.FORWARDED, on, decision),
                new ApplicationForwarded(id.value(), on, where.destination()));
    }

    /** Records that the qualification conditions are not met and closes it: only while open and no plan is agreed. */
    Change refuse(String justification, String appeal, UUID by, LocalDate on) {
        requireUndecided();
        var decision = new Decision(by, null, null, justification, appeal);
        return change(
                lifecycle.closed(ApplicationStatus.NOT_QUALIFIED, on, decision),
                new ApplicationNotQualified(id.value(), on));
    }

    /** The resident withdraws the application: only while it is {@link #withdrawable()}. */
    Change withdraw(LocalDate on) {
        if (!status().isOpen()) {
            throw Refusals.closedForResident(this);
        }
        if (!withdrawable()) {
            throw Refusals.notWithdrawable();
        }
        return change(
                lifecycle.closed(ApplicationStatus.WITHDRAWN, on, lifecycle.decision()),
                new ApplicationWithdrawn(id.value(), on));
    }

    /**
     * The resident agreed to the plan: the first day is kept, and an application before a plan becomes
     * {@code PLAN_AGREED}. Refused when it is no longer open. The plans module records the event.
     */
    Change agreePlan(LocalDate on) {
        requireOpen();
        var next = ApplicationStatus.BEFORE_PLAN.contains(status()) ? ApplicationStatus.PLAN_AGREED : status();
        return change(lifecycle.withPlan(next, firstOf(planAgreedOn(), on), planPreparedOn()));
    }

    /**
     * The plan is prepared (agreed and approved, art. 40): recorded once, a repeated call changes nothing, also on a
     * closed application. Refused when it is no longer open. The plans module records the event.
     */
    Change preparePlan(LocalDate on) {
        if (planPreparedOn() != null) {
            return Change.none(this);
        }
        requireOpen();
        return change(lifecycle.withPlan(ApplicationStatus.PLAN_PREPARED, firstOf(planAgreedOn(), on), on));
    }

    /** The plan is closed after its summary (art. 45): only an open application whose plan was prepared. */
    Change closePlan(LocalDate on) {
        requireOpen();
        if (planPreparedOn() == null) {
            throw Refusals.planNotPrepared();
        }
        return change(lifecycle.closed(ApplicationStatus.CLOSED, on, lifecycle.decision()));
    }

    /** The same application with the reference number it was given when its submission was recorded. */
    Application withReference(String number) {
        return new Application(
                id,
                residentId,
                idempotencyKey,
                requestHash,
                number,
                kind,
                submittedAt,
                submittedOn,
                planDueDate,
                needs,
                situation,
                services,
                household,
                contact,
                district,
                language,
                lifecycle,
                version);
    }

    /** The same application as saved: its new lifecycle at the next version. */
    Application saved(Lifecycle next) {
        return new Application(
                id,
                residentId,
                idempotencyKey,
                requestHash,
                reference,
                kind,
                submittedAt,
                submittedOn,
                planDueDate,
                needs,
                situation,
                services,
                household,
                contact,
                district,
                language,
                next,
                version + 1);
    }

    private Change change(Lifecycle next, DomainEvent... events) {
        return new Change(this, saved(next), List.of(events));
    }

    private void requireOpen() {
        if (!status().isOpen()) {
            throw Refusals.closed(this);
        }
    }

    private void requireUndecided() {
        requireOpen();
        if (planAgreedOn() != null) {
            throw Refusals.planAgreed();
        }
    }

    private static LocalDate firstOf(LocalDate recorded, LocalDate on) {
        return recorded == null ? on : recorded;
    }
}
