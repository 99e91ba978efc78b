package pl.cus.portal.catalogue.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalogue of the fictional town of Nadrzecze ({@code demo/catalogue.json}), when {@code cus.demo-data=true}.
 * Ids are fixed so that tests and demo data in other modules can refer to them: service {@code NN} is
 * {@code 5e4f1ce0-0000-4000-8000-0000000000NN}, programme {@code 9a0a0000-…-0000000000NN}, provider
 * {@code 9a0b0000-…-0000000000NN}. Idempotent: only entries that do not exist yet are created, so an administrator's
 * edits survive a restart.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("cus.demo-data")
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);

    private final CatalogueStore store;
    private final TransactionalOperator transactions;
    private final JsonMapper json;

    DemoCatalogue(CatalogueStore store, TransactionalOperator transactions, JsonMapper json) {
        this.store = store;
        this.transactions = transactions;
        this.json = json;
    }

    /** The id of demo service {@code number} (1–99). */
    static ServiceId serviceId(int number) {
        return new ServiceId(UUID.fromString("5e4f1ce0-0000-4000-8000-0000000000%02d".formatted(number)));
    }

    static ProgrammeId programmeId(int number) {
        return new ProgrammeId(UUID.fromString("9a0a0000-0000-4000-8000-0000000000%02d".formatted(number)));
    }

    static ProviderId providerId(int number) {
        return new ProviderId(UUID.fromString("9a0b0000-0000-4000-8000-0000000000%02d".formatted(number)));
    }

    @Override
    public void run(ApplicationArguments args) {
        Data data = read();
        Long created = Flux.concat(
                        Flux.fromIterable(data.programmes())
                                .map(DemoProgramme::toProgramme)
                                .concatMap(p -> store.programme(p.id())
                                        .hasElement()
                                        .flatMap(exists -> exists ? Mono.empty() : store.upsert(p))),
                        Flux.fromIterable(data.providers())
                                .map(DemoProvider::toProvider)
                                .concatMap(p -> store.provider(p.id())
                                        .hasElement()
                                        .flatMap(exists -> exists ? Mono.empty() : store.upsert(p))),
                        Flux.fromIterable(data.services())
                                .map(s -> s.toService(data.exclusions()))
                                .concatMap(this::createService))
                .count()
                .block(Duration.ofSeconds(60));
        if (created != null && created > 0) {
            log.info("Created {} demo catalogue entries", created);
        }
    }

    /** Creates the service and its exclusions with services created earlier (each pair once, from its later side). */
    private Mono<Boolean> createService(ServiceEntry service) {
        return store.service(service.id()).hasElement().flatMap(exists -> {
            if (exists) {
                return Mono.empty();
            }
            return Flux.fromIterable(service.excludes())
                    .concatMap(other -> store.service(other).map(ServiceEntry::id))
                    .collectList()
                    .flatMap(existing -> store.upsert(new ServiceEntry(
                            service.id(),
                            service.name(),
                            service.summary(),
                            service.description(),
                            service.programmeId(),
                            service.area(),
                            service.situations(),
                            service.providerIds(),
                            service.formalConditions(),
                            service.fees(),
                            service.languages(),
                            Set.copyOf(existing),
                            service.offered())))
                    .as(transactions::transactional);
        });
    }

    private Data read() {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/catalogue.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/catalogue.json is missing from the class path");
            }
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Data(
            List<DemoProgramme> programmes,
            List<DemoProvider> providers,
            List<DemoService> services,
            List<List<String>> exclusions) {}

    record DemoProgramme(
            String id,
            String name,
            String goal,
            LocalDate periodStart,
            LocalDate periodEnd,
            String targetGroup,
            Integer expectedParticipants,
            String qualification,
            String procedure,
            String fees,
            String documents,
            List<String> personalData) {
        Programme toProgramme() {
            return new Programme(
                    programmeId(Integer.parseInt(id)),
                    name,
                    goal,
                    periodStart,
                    periodEnd,
                    targetGroup,
                    expectedParticipants,
                    qualification,
                    procedure,
                    fees,
                    documents,
                    personalData);
        }
    }

    record DemoProvider(
            String id,
            String name,
            ProviderKind kind,
            String street,
            String postalCode,
            String city,
            String district,
            String contactPerson,
            String phone,
            String email,
            String website,
            String openingHours,
            String accessibility,
            List<String> languages) {
        Provider toProvider() {
            return new Provider(
                    providerId(Integer.parseInt(id)),
                    name,
                    kind,
                    street,
                    postalCode,
                    city,
                    district,
                    contactPerson,
                    phone,
                    email,
                    website,
                    openingHours,
                    accessibility,
                    languages);
        }
    }

    record DemoService(
            String id,
            String name,
            String programme,
            AreaOfLife area,
            List<LifeSituation> situations,
            List<String> providers,
            String summary,
            String description,
            String formalConditions,
            String fees,
            List<String> languages,
            Boolean offered) {
        ServiceEntry toService(List<List<String>> exclusions) {
            Set<ServiceId> excludes = exclusions.stream()
                    .filter(pair -> pair.contains(id))
                    .flatMap(List::stream)
                    .filter(other -> !other.equals(id))
                    .map(other -> serviceId(Integer.parseInt(other)))
                    .collect(java.util.stream.Collectors.toSet());
            return new ServiceEntry(
                    serviceId(Integer.parseInt(id)),
                    name,
                    summary,
                    description,
                    programme == null ? null : programmeId(Integer.parseInt(programme)),
                    area,
                    situations.isEmpty() ? Set.of() : EnumSet.copyOf(situations),
                    providers.stream().map(p -> providerId(Integer.parseInt(p))).toList(),
                    formalConditions,
                    fees,
                    languages,
                    excludes,
                    offered == null || offered);
        }
    }
}
