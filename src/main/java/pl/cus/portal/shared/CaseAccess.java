package pl.cus.portal.shared;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Port: the record-level access policy for cases (applications), for modules that the owner of applications depends
 * on and so cannot call directly (deadlines). Implemented by intake with its one policy class (docs/access-policy.md,
 * decision 0013): a refusal is recorded in the audit trail as {@code DENIED} and reported like the rest of the case
 * routes, {@link DomainException.NotFound} when the actor may not know that the case exists,
 * {@link DomainException.Forbidden} when they may see it but not this.
 */
public interface CaseAccess {

    /** What the member of staff may do with the case; {@code none} for an unknown case. Nothing is recorded. */
    Mono<Rights> rights(Actor staff, UUID caseId);

    /**
     * Completes when the member of staff may read the case in full (the assignee, the organiser, the director), after
     * recording the read as {@code READ} with {@code purpose}; otherwise fails as described above.
     */
    Mono<Void> read(Actor staff, UUID caseId, String purpose);

    /**
     * Completes when the member of staff may act on the case (its assignee or the organiser); otherwise fails as
     * described above, {@code what} being recorded as the purpose of the refused attempt. Nothing is recorded on
     * success: the change itself is.
     */
    Mono<Void> act(Actor staff, UUID caseId, String what);

    /** @param read may read the case in full; {@code act} may act on it */
    record Rights(boolean read, boolean act) {

        public static Rights none() {
            return new Rights(false, false);
        }
    }
}
