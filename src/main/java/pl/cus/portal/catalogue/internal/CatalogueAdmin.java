package pl.cus.portal.catalogue.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.catalogue.CatalogueAdministration;
import pl.cus.portal.catalogue.CatalogueChange;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeChanged;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderChanged;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ServiceChanged;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Administrators maintain the catalogue; nobody else may (decision 0006: the policy lives in the service). */
@Service
class CatalogueAdmin implements CatalogueAdministration {

    private final CatalogueStore store;
    private final EventLog events;
    private final TransactionalOperator transactions;

    CatalogueAdmin(CatalogueStore store, EventLog events, TransactionalOperator transactions) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public Flux<ServiceEntry> allServices(Actor actor) {
        return requireAdmin(actor)
                .thenMany(store.services())
                .sort(Comparator.comparing(ServiceEntry::name, CatalogueSnapshot.POLISH));
    }

    @Override
    public Flux<Programme> allProgrammes(Actor actor) {
        return requireAdmin(actor)
                .thenMany(store.programmes())
                .sort(Comparator.comparing(Programme::name, CatalogueSnapshot.POLISH));
    }

    @Override
    public Flux<Provider> allProviders(Actor actor) {
        return requireAdmin(actor)
                .thenMany(store.providers())
                .sort(Comparator.comparing(Provider::name, CatalogueSnapshot.POLISH));
    }

    @Override
    public Mono<ServiceEntry> saveService(Actor actor, ServiceEntry service) {
        return requireAdmin(actor)
                .then(Mono.fromRunnable(() -> CatalogueRules.check(service)))
                .then(checkReferences(service))
                .then(store.service(service.id()).map(ServiceEntry::offered).defaultIfEmpty(true))
                .map(offered -> stripped(service).withOffered(offered))
                .flatMap(toSave -> store.upsert(toSave)
                        .flatMap(created -> events.append(new ServiceChanged(
                                toSave.id(), created ? CatalogueChange.CREATED : CatalogueChange.UPDATED, actor.id())))
                        .then(store.service(toSave.id())))
                .as(transactions::transactional);
    }

    @Override
    public Mono<ServiceEntry> retireService(Actor actor, ServiceId id) {
        return setOffered(actor, id, false, CatalogueChange.RETIRED);
    }

    @Override
    public Mono<ServiceEntry> restoreService(Actor actor, ServiceId id) {
        return setOffered(actor, id, true, CatalogueChange.RESTORED);
    }

    private Mono<ServiceEntry> setOffered(Actor actor, ServiceId id, boolean offered, CatalogueChange change) {
        return requireAdmin(actor)
                .then(store.setOffered(id, offered))
                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound("No service " + id)))
                .then(events.append(new ServiceChanged(id, change, actor.id())))
                .then(store.service(id))
                .as(transactions::transactional);
    }

    @Override
    public Mono<Programme> saveProgramme(Actor actor, Programme programme) {
        return requireAdmin(actor)
                .then(Mono.fromRunnable(() -> CatalogueRules.check(programme)))
                // Deferred: the statement is built (and its values bound) only after the checks have passed.
                .then(Mono.defer(() -> store.upsert(programme)))
                .flatMap(created -> events.append(new ProgrammeChanged(
                        programme.id(), created ? CatalogueChange.CREATED : CatalogueChange.UPDATED, actor.id())))
                .then(Mono.defer(() -> store.programme(programme.id())))
                .as(transactions::transactional);
    }

    @Override
    public Mono<Provider> saveProvider(Actor actor, Provider provider) {
        return requireAdmin(actor)
                .then(Mono.fromRunnable(() -> CatalogueRules.check(provider)))
                // Deferred: the statement is built (and its values bound) only after the checks have passed.
                .then(Mono.defer(() -> store.upsert(provider)))
                .flatMap(created -> events.append(new ProviderChanged(
                        provider.id(), created ? CatalogueChange.CREATED : CatalogueChange.UPDATED, actor.id())))
                .then(Mono.defer(() -> store.provider(provider.id())))
                .as(transactions::transactional);
    }

    private static Mono<Void> requireAdmin(Actor actor) {
        return actor != null && actor.has(Role.ADMIN)
                ? Mono.empty()
                : Mono.error(() -> new DomainException.Forbidden("Only an administrator may change the catalogue."));
    }

    /** The programme, providers and excluded services must exist; each missing kind names its field. */
    private Mono<Void> checkReferences(ServiceEntry service) {
        Mono<Boolean> programme = service.programmeId() == null
                ? Mono.just(true)
                : store.programme(service.programmeId()).hasElement();
        Mono<Set<ProviderId>> providers = store.providers().map(Provider::id).collect(HashSet::new, Set::add);
        Mono<Set<ServiceId>> services = store.services().map(ServiceEntry::id).collect(HashSet::new, Set::add);
        return Mono.zip(programme, providers, services).flatMap(found -> {
            var errors = new java.util.ArrayList<InvalidInput.FieldError>();
            if (!found.getT1()) {
                errors.add(new InvalidInput.FieldError(
                        "programmeId", "catalogue.error.unknown-programme", "No such programme."));
            }
            if (!found.getT2().containsAll(service.providerIds())) {
                errors.add(new InvalidInput.FieldError(
                        "providerIds", "catalogue.error.unknown-provider", "No such provider."));
            }
            if (!found.getT3().containsAll(service.excludes())) {
                errors.add(
                        new InvalidInput.FieldError("excludes", "catalogue.error.unknown-service", "No such service."));
            }
            return errors.isEmpty() ? Mono.empty() : Mono.error(new InvalidInput(errors));
        });
    }

    private static ServiceEntry stripped(ServiceEntry s) {
        return new ServiceEntry(
                s.id(),
                s.name().strip(),
                s.summary().strip(),
                blankToNull(s.description()),
                s.programmeId(),
                s.area(),
                s.situations(),
                s.providerIds().stream().distinct().toList(),
                blankToNull(s.formalConditions()),
                blankToNull(s.fees()),
                s.languages().stream().distinct().toList(),
                s.excludes(),
                s.offered());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
