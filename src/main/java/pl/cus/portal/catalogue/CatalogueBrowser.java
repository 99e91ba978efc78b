package pl.cus.portal.catalogue;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The public catalogue: anyone may read it, no sign-in. Only offered services appear. */
public interface CatalogueBrowser {

    /** Offered services matching the query: best text match first, then by name. */
    Flux<ServiceDetails> search(CatalogueQuery query);

    /** An offered service in full; empty when unknown or retired. */
    Mono<ServiceDetails> service(ServiceId id);

    /** Every programme, ordered by name. */
    Flux<Programme> programmes();

    /** A programme with its offered services; empty when unknown. */
    Mono<ProgrammeDetails> programme(ProgrammeId id);
}
