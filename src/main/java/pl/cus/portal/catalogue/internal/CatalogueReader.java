package pl.cus.portal.catalogue.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.CatalogueBrowser;
import pl.cus.portal.catalogue.CatalogueQuery;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeDetails;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.ServiceDetails;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.shared.i18n.Languages;
import pl.cus.portal.shared.i18n.Messages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the catalogue for other modules and for the public: offered services only. */
@Service
class CatalogueReader implements Catalogue, CatalogueBrowser {

    private final CatalogueStore store;
    private final ServiceMatcher matcher = new ServiceMatcher(situationWords());

    CatalogueReader(CatalogueStore store) {
        this.store = store;
    }

    Mono<CatalogueSnapshot> snapshot() {
        return Mono.zip(
                        store.programmes().collectList(),
                        store.providers().collectList(),
                        store.services().collectList())
                .map(all -> new CatalogueSnapshot(all.getT1(), all.getT2(), all.getT3()));
    }

    @Override
    public Flux<ServiceSummary> services(Collection<ServiceId> ids) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        Set<ServiceId> wanted = Set.copyOf(ids);
        return snapshot()
                .flatMapIterable(catalogue -> catalogue.offered().stream()
                        .filter(service -> wanted.contains(service.id()))
                        .map(catalogue::summary)
                        .toList());
    }

    @Override
    public Flux<ServiceSummary> offeredServices() {
        return snapshot()
                .flatMapIterable(catalogue ->
                        catalogue.offered().stream().map(catalogue::summary).toList());
    }

    @Override
    public Flux<String> districts() {
        return snapshot().flatMapIterable(CatalogueSnapshot::districts);
    }

    @Override
    public Flux<ServiceDetails> search(CatalogueQuery query) {
        return snapshot()
                .flatMapIterable(catalogue -> matcher.search(
                        catalogue.offered().stream().map(catalogue::details).toList(), query));
    }

    @Override
    public Mono<ServiceDetails> service(ServiceId id) {
        return snapshot()
                .flatMap(catalogue -> Mono.justOrEmpty(catalogue.offered().stream()
                        .filter(service -> service.id().equals(id))
                        .findFirst()
                        .map(catalogue::details)));
    }

    @Override
    public Flux<Programme> programmes() {
        return snapshot().flatMapIterable(CatalogueSnapshot::programmes);
    }

    @Override
    public Mono<ProgrammeDetails> programme(ProgrammeId id) {
        return snapshot()
                .flatMap(catalogue -> Mono.justOrEmpty(catalogue.programmes().stream()
                        .filter(programme -> programme.id().equals(id))
                        .findFirst()
                        .map(catalogue::programmeDetails)));
    }

    /** A resident may type in any of the portal's languages, whatever the page's language. */
    private static Map<LifeSituation, String> situationWords() {
        Map<LifeSituation, String> words = new EnumMap<>(LifeSituation.class);
        for (LifeSituation situation : LifeSituation.values()) {
            words.put(
                    situation,
                    Arrays.stream(Languages.values())
                            .map(language -> Messages.get(situation.messageKey(), language.locale()) + " "
                                    + Messages.get(situation.keywordsKey(), language.locale()))
                            .collect(Collectors.joining(" ")));
        }
        return words;
    }
}
