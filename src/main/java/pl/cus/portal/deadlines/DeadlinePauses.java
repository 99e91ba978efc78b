package pl.cus.portal.deadlines;

import java.util.UUID;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.CaseAccess;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The coordinator records that the centre is waiting for the resident (a missing document, no answer) and when it
 * stops waiting. Pauses are shown and reported beside the deadline; the statutory due date never moves.
 *
 * <p>Policy: the case access policy (docs/access-policy.md). Only the case's assignee and the organiser start and end
 * its pauses (and so write their notes); the pauses with their notes are read by those who may read the case in full
 * (the assignee, the organiser, the director), and each such read is recorded in the audit trail as {@code READ}.
 * Anyone else on the staff is answered {@link pl.cus.portal.shared.DomainException.NotFound} (or
 * {@link pl.cus.portal.shared.DomainException.Forbidden} when they may see the case but not do this), and the attempt
 * is recorded as {@code DENIED}; residents get {@link pl.cus.portal.shared.DomainException.Forbidden}.
 */
public interface DeadlinePauses {

    /**
     * Starts a pause today.
     *
     * @throws pl.cus.portal.shared.DomainException.NotFound when the application's deadline is not tracked
     * @throws pl.cus.portal.shared.DomainException.Conflict when already paused or no longer open
     * @throws pl.cus.portal.shared.InvalidInput             for a missing reason or a note over 200 characters
     */
    Mono<DeadlinePause> pause(Actor actor, UUID applicationId, PauseReason reason, String note);

    /**
     * Ends the open pause today.
     *
     * @throws pl.cus.portal.shared.DomainException.Conflict when there is no open pause
     */
    Mono<DeadlinePause> resume(Actor actor, UUID applicationId);

    /** Every pause of one application, oldest first, with the notes: an audited read of the case. */
    Flux<DeadlinePause> pauses(Actor actor, UUID applicationId);

    /** Whether the actor may read the case's pauses and start or end one; nothing is recorded (for screens). */
    Mono<CaseAccess.Rights> rights(Actor actor, UUID applicationId);

    /** Total paused days per application that was ever paused, by due date; not for the administrator. */
    Flux<PausedDays> report(Actor actor);
}
