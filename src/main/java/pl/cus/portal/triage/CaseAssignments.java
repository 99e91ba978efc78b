package pl.cus.portal.triage;

import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/**
 * Assignment by name, as the back office decides it: the username is resolved to the account, the team comes from
 * the routing profile, and a family assistant's workload limit ({@code cus.triage.family-assistant-limit}) travels
 * with the assignment so that intake enforces it atomically. Who may assign whom is intake's policy.
 */
public interface CaseAssignments {

    /**
     * @throws pl.cus.portal.shared.InvalidInput          field {@code assignee}: missing or unknown username
     * @throws pl.cus.portal.shared.DomainException.Forbidden when the caller may not assign this person
     * @throws pl.cus.portal.shared.DomainException.Conflict  when the limit is reached, it is already assigned, or closed
     */
    Mono<CaseSummary> assign(Actor actor, ApplicationId id, String assigneeUsername, String reason, boolean reassign);

    /** A coordinator or family assistant takes an unassigned application ("Biorę tę sprawę"). */
    Mono<CaseSummary> take(Actor actor, ApplicationId id);
}
