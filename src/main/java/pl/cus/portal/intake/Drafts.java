package pl.cus.portal.intake;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Drafts are saved as the resident goes, so nothing typed is lost; a resident may keep several. */
public interface Drafts {

    /** Creates a draft (when {@code id} is null) or replaces the resident's own draft with that id. */
    Mono<Draft> save(Actor resident, DraftId id, ApplicationForm form, int step);

    /** The resident's drafts, most recently changed first. */
    Flux<Draft> mine(Actor resident);

    /** The resident's own draft; someone else's fails like an unknown one (NotFound). */
    Mono<Draft> find(Actor resident, DraftId id);

    Mono<Void> discard(Actor resident, DraftId id);
}
