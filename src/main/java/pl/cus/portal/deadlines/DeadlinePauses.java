package pl.cus.portal.deadlines;

import java.util.UUID;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The coordinator records that the centre is waiting for the resident (a missing document, no answer) and when it
 * stops waiting. Pauses are shown and reported beside the deadline; the statutory due date never moves.
 *
 * <p>Policy: coordinators, family assistants and organisers record and end pauses; every staff role reads them;
 * residents get {@link pl.cus.portal.shared.DomainException.Forbidden}.
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

    /** Every pause of one application, oldest first. */
    Flux<DeadlinePause> pauses(Actor actor, UUID applicationId);

    /** Total paused days per application that was ever paused, by due date. */
    Flux<PausedDays> report(Actor actor);
}
