package pl.cus.portal.intake;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applications as staff see and move them. One access policy decides for every method (docs/access-policy.md):
 * a coordinator or family assistant sees the full application when it is assigned to them and the minimal summary of
 * unassigned ones; the organiser and the director see everything; administrators see no case contents. Every read of
 * full details, every refused read and every change is recorded in the audit log with who, when, what and why.
 */
public interface BackOfficeApplications {

    /** The applications the caller may see, matching the query, oldest first. Forbidden for non-staff and administrators. */
    Flux<CaseSummary> list(Actor staff, CaseQuery query);

    /** How many {@link #list} would give (ignoring the query's limit), counted by the database. */
    Mono<Long> count(Actor staff, CaseQuery query);

    /**
     * The application as far as the caller may see it. The read is recorded before it is returned. NotFound for
     * unknown ids and for applications the caller may not see (that refusal is recorded too).
     *
     * @param purpose why it is opened, shown to the resident in the access log
     */
    Mono<CaseView> open(Actor staff, ApplicationId id, String purpose);

    /**
     * Assigns the application. The organiser assigns or reassigns anyone; a coordinator or family assistant may take
     * an unassigned one for themselves. Conflict when it is no longer open, already assigned without
     * {@link Assignment#reassign()}, or the assignee's workload limit is reached; InvalidInput for an unknown assignee
     * or one whose role does not fit the kind; Forbidden when the caller may not assign.
     */
    Mono<CaseSummary> assign(Actor actor, ApplicationId id, Assignment assignment);

    /**
     * How many open applications each member of staff holds (assignee id to count; nobody with none is listed): for
     * routing and workload panels. Counts only, no case contents, so any staff role may ask, administrators included.
     */
    Mono<java.util.Map<java.util.UUID, Long>> openCaseCounts(Actor staff);

    /** Records that the needs assessment (art. 37) took place; by the assignee (or the organiser). */
    Mono<CaseSummary> markAssessed(Actor actor, ApplicationId id);

    /** Forwards the application (art. 38); closes its plan deadline. By the assignee or the organiser. */
    Mono<CaseSummary> forward(Actor actor, ApplicationId id, Forwarding forwarding);

    /**
     * Records that the programme's qualification conditions are not met, with the justification and the information
     * on how to appeal that a formal decision needs; closes the plan deadline. By the assignee or the organiser.
     */
    Mono<CaseSummary> refuse(Actor actor, ApplicationId id, String justification, String appealInformation);
}
