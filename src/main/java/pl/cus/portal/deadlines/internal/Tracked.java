package pl.cus.portal.deadlines.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.DeadlineStates;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.shared.DomainEvent;

/**
 * One row of {@code tracked_deadline} and how facts and time move it. Pure: the store persists it, the projector and
 * the re-evaluation decide with it. The due date is set once, from the submission, and never moves.
 *
 * <p>Once MET, MET_LATE or CLOSED the outcome is final: a later withdrawal does not turn a met deadline into a
 * closed one, and a plan after a withdrawal does not reopen it. Assignment still updates who holds the case.
 */
record Tracked(
        UUID applicationId,
        String reference,
        String kind,
        UUID coordinatorId,
        String team,
        LocalDate submittedOn,
        LocalDate dueDate,
        LocalDate metOn,
        LocalDate closedOn,
        DeadlineState state,
        LocalDate nextChange,
        boolean paused,
        long lastEventSeq) {

    static Tracked submitted(ApplicationSubmitted fact, long seq, LocalDate today, int dueSoonDays) {
        return new Tracked(
                        fact.applicationId(),
                        fact.reference(),
                        fact.kind().name(),
                        null,
                        null,
                        fact.submittedOn(),
                        fact.planDueDate(),
                        null,
                        null,
                        null,
                        null,
                        false,
                        seq)
                .evaluatedOn(today, dueSoonDays);
    }

    /** The row after the fact; the same row when the fact does not apply to it. */
    Tracked with(DomainEvent fact, long seq, LocalDate today, int dueSoonDays) {
        Tracked next = switch (fact) {
            case ApplicationSubmitted submitted -> this; // already tracked: a duplicate, the due date stays
            case ApplicationAssigned assigned ->
                new Tracked(
                        applicationId,
                        reference,
                        kind,
                        assigned.coordinatorId(),
                        assigned.team() == null || assigned.team().isBlank() ? null : assigned.team(),
                        submittedOn,
                        dueDate,
                        metOn,
                        closedOn,
                        state,
                        nextChange,
                        paused,
                        seq);
            case PlanPrepared plan ->
                finished()
                        ? this
                        : new Tracked(
                                applicationId,
                                reference,
                                kind,
                                coordinatorId,
                                team,
                                submittedOn,
                                dueDate,
                                plan.preparedOn(),
                                null,
                                state,
                                nextChange,
                                false,
                                seq);
            case ApplicationWithdrawn withdrawn -> close(withdrawn.withdrawnOn(), seq);
            case ApplicationForwarded forwarded -> close(forwarded.forwardedOn(), seq);
            case ApplicationNotQualified notQualified -> close(notQualified.decidedOn(), seq);
            default -> this;
        };
        return next == this ? this : next.evaluatedOn(today, dueSoonDays);
    }

    /** State and next change recomputed for {@code today}. */
    Tracked evaluatedOn(LocalDate today, int dueSoonDays) {
        Optional<LocalDate> met = Optional.ofNullable(metOn);
        boolean closed = closedOn != null;
        DeadlineState now = DeadlineStates.evaluate(dueDate, today, met, closed, dueSoonDays);
        LocalDate next = DeadlineStates.nextChange(dueDate, today, met, closed, dueSoonDays)
                .orElse(null);
        return new Tracked(
                applicationId,
                reference,
                kind,
                coordinatorId,
                team,
                submittedOn,
                dueDate,
                metOn,
                closedOn,
                now,
                next,
                paused,
                lastEventSeq);
    }

    boolean finished() {
        return metOn != null || closedOn != null;
    }

    LocalDate finishedOn() {
        return metOn != null ? metOn : closedOn;
    }

    private Tracked close(LocalDate on, long seq) {
        return finished()
                ? this
                : new Tracked(
                        applicationId,
                        reference,
                        kind,
                        coordinatorId,
                        team,
                        submittedOn,
                        dueDate,
                        null,
                        on,
                        state,
                        nextChange,
                        false,
                        seq);
    }
}
