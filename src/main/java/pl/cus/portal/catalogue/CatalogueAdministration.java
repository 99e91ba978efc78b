package pl.cus.portal.catalogue;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The back office's side of the catalogue. Every method refuses anyone but an administrator
 * ({@link pl.cus.portal.shared.DomainException.Forbidden}); saving validates and names each invalid field
 * ({@link pl.cus.portal.shared.InvalidInput}). Changes are recorded as {@link ServiceChanged},
 * {@link ProgrammeChanged} and {@link ProviderChanged} events.
 */
public interface CatalogueAdministration {

    /** Every service, retired ones included, ordered by name. */
    Flux<ServiceEntry> allServices(Actor actor);

    Flux<Programme> allProgrammes(Actor actor);

    Flux<Provider> allProviders(Actor actor);

    /** Creates the service, or replaces it when the id exists (its offered flag is kept: use retire/restore). */
    Mono<ServiceEntry> saveService(Actor actor, ServiceEntry service);

    Mono<ServiceEntry> retireService(Actor actor, ServiceId id);

    Mono<ServiceEntry> restoreService(Actor actor, ServiceId id);

    Mono<Programme> saveProgramme(Actor actor, Programme programme);

    Mono<Provider> saveProvider(Actor actor, Provider provider);
}
