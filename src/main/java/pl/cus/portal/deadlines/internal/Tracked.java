package pl.cus.portal.deadlines.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.DeadlineStates;

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

    static Tracked submitted(ApplicationFact.Submitted fact, long seq, LocalDate today, int dueSoonDays) {
        return new Tracked(
                        fact.applicationId(),
                        fact.reference(),
                        fact.kind(),
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
    Tracked with(ApplicationFact fact, long seq, LocalDate today, int dueSoonDays) {
        Tracked next = switch (fact) {
            case ApplicationFact.Submitted submitted -> this; // already tracked: a duplicate, the due date stays
            case ApplicationFact.Assigned assigned ->
                new Tracked(
                        applicationId,
                        reference,
                        kind,
                        assigned.coordinatorId(),
                        assigned.team(),
                        submittedOn,
                        dueDate,
                        metOn,
                        closedOn,
                        state,
                        nextChange,
                        paused,
                        seq);
            case ApplicationFact.PlanPrepared plan ->
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
                                plan.on(),
                                null,
                                state,
                                nextChange,
                                false,
                                seq);
            case ApplicationFact.Withdrawn withdrawn -> close(withdrawn.on(), seq);
            case ApplicationFact.Forwarded forwarded -> close(forwarded.on(), seq);
            case ApplicationFact.NotQualified notQualified -> close(notQualified.on(), seq);
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
