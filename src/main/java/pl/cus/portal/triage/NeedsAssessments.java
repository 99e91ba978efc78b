package pl.cus.portal.triage;

import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Needs-assessment records (art. 37). Only the application's assignee or the organiser writes or reads them; the
 * check opens the case through intake, which applies its access policy and records the read. The first record moves
 * the application to ASSESSED in the same transaction.
 */
public interface NeedsAssessments {

    /**
     * Records a new version.
     *
     * @throws pl.cus.portal.shared.InvalidInput          naming the invalid fields
     * @throws pl.cus.portal.shared.DomainException.NotFound  when the caller may not see the application
     * @throws pl.cus.portal.shared.DomainException.Forbidden when they see it but are neither assignee nor organiser
     * @throws pl.cus.portal.shared.DomainException.Conflict  when it is unassigned or already closed
     */
    Mono<NeedsAssessment> record(Actor actor, ApplicationId id, AssessmentForm form);

    /** Every version, newest first; empty when none is recorded. Same access as {@link #record}. */
    Flux<NeedsAssessment> history(Actor actor, ApplicationId id);

    /**
     * Every version, newest first, of a case the caller has just opened through intake (whose opening recorded the
     * read): the same access rule, applied to {@code opened}, and no second read in the audit trail. For a page that
     * shows the case and its assessments in one render.
     */
    Flux<NeedsAssessment> history(Actor actor, CaseView opened);
}
