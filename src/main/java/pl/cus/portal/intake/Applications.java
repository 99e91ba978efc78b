package pl.cus.portal.intake;

import java.util.List;
import pl.cus.portal.audit.AccessEntry;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Residents' applications. Every method receives the acting person and enforces who may do what. */
public interface Applications {

    /**
     * Validates and records the application, committed before the returned {@code Mono} completes. The same
     * {@code idempotencyKey} from the same resident returns the first application and never creates a second,
     * also when two calls race.
     *
     * @throws pl.cus.portal.shared.InvalidInput naming every invalid field (unknown services, missing consent, ...)
     */
    Mono<Submission> submit(Actor resident, String idempotencyKey, ApplicationForm form);

    /**
     * Checks a form exactly as {@link #submit} would (every rule, services against the catalogue, files against their
     * owner) without submitting anything: for forms that check each step. Empty when the form may be submitted.
     */
    Mono<List<InvalidInput.FieldError>> validate(Actor resident, ApplicationForm form);

    /** The resident's own applications, newest first. */
    Flux<ApplicationView> mine(Actor resident);

    /** One of the resident's own applications; another person's id fails exactly like an unknown one (NotFound). */
    Mono<ApplicationView> mine(Actor resident, ApplicationId id);

    /** Withdraws the resident's own application while no plan is agreed; Conflict otherwise. */
    Mono<ApplicationView> withdraw(Actor resident, ApplicationId id);

    /**
     * Who in the centre opened the resident's own application, and when, oldest first. The resident's own reads are
     * not logged. Another person's id fails like an unknown one (NotFound).
     */
    Flux<AccessEntry> accessLog(Actor resident, ApplicationId id);
}
