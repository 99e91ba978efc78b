package pl.cus.portal.plans;

import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Individual plans of social services. Who may do what (docs/access-policy.md): the coordinator assigned to the case
 * and the organiser write; the assignee, the organiser and the director read in the back office; the resident who
 * owns the application reads, agrees or asks for changes; the director approves. Others get NotFound (when they may
 * not see the case) or Forbidden. The plan counts as prepared when the current version is agreed and approved; then
 * {@link PlanPrepared} is appended, once.
 */
public interface Plans {

    /**
     * Writes the plan. Before agreement and approval the current version is replaced; after either, a new version is
     * made and {@link PlanDraft#reason()} is required. InvalidInput for a period outside 3–12 months, an unknown or
     * retired service, an item without provider, place or schedule, missing goals; Conflict when the case is closed.
     */
    Mono<Plan> save(Actor coordinator, ApplicationId id, PlanDraft draft);

    /** The plan as it stands, for staff who see the case in full or the owning resident; NotFound when there is none. */
    Mono<Plan> current(Actor actor, ApplicationId id);

    /** Every version, oldest first, for the same readers as {@link #current}. */
    Flux<PlanVersion> versions(Actor actor, ApplicationId id);

    /** The resident agrees to the current version. Conflict when already agreed. */
    Mono<Plan> agree(Actor resident, ApplicationId id);

    /** The resident asks for changes to the current version, in their words. Conflict once agreed. */
    Mono<Plan> requestChanges(Actor resident, ApplicationId id, String message);

    /** The director approves the current version; Forbidden for everyone else. Conflict when already approved. */
    Mono<Plan> approve(Actor director, ApplicationId id);
}
