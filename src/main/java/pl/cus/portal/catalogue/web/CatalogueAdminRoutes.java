package pl.cus.portal.catalogue.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.CatalogueAdministration;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/**
 * The administrators' catalogue API under {@code /api/backoffice/catalog}: list everything (retired services too),
 * create with POST, replace with PUT, retire and restore services. The service refuses anyone but an administrator.
 */
@Component
class CatalogueAdminRoutes implements ApiRoutes {

    private static final String BASE = "/backoffice/catalog";

    private final CatalogueAdministration admin;

    CatalogueAdminRoutes(CatalogueAdministration admin) {
        this.admin = admin;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(
                        BASE + "/services",
                        request -> ApiRequests.requireActor(request)
                                .flatMap(actor -> admin.allServices(actor)
                                        .map(ServiceBody::of)
                                        .collectList())
                                .flatMap(list -> ServerResponse.ok().bodyValue(list)))
                .POST(BASE + "/services", request -> saveService(request, new ServiceId(UUID.randomUUID()), true))
                .PUT(BASE + "/services/{id}", request -> saveService(request, new ServiceId(id(request)), false))
                .POST(BASE + "/services/{id}/retire", request -> offered(request, admin::retireService))
                .POST(BASE + "/services/{id}/restore", request -> offered(request, admin::restoreService))
                .GET(
                        BASE + "/programmes",
                        request -> ApiRequests.requireActor(request)
                                .flatMap(actor -> admin.allProgrammes(actor)
                                        .map(ProgrammeBody::of)
                                        .collectList())
                                .flatMap(list -> ServerResponse.ok().bodyValue(list)))
                .POST(BASE + "/programmes", request -> saveProgramme(request, new ProgrammeId(UUID.randomUUID()), true))
                .PUT(BASE + "/programmes/{id}", request -> saveProgramme(request, new ProgrammeId(id(request)), false))
                .GET(
                        BASE + "/providers",
                        request -> ApiRequests.requireActor(request)
                                .flatMap(actor -> admin.allProviders(actor)
                                        .map(ProviderBody::of)
                                        .collectList())
                                .flatMap(list -> ServerResponse.ok().bodyValue(list)))
                .POST(BASE + "/providers", request -> saveProvider(request, new ProviderId(UUID.randomUUID()), true))
                .PUT(BASE + "/providers/{id}", request -> saveProvider(request, new ProviderId(id(request)), false))
                .build();
    }

    private Mono<ServerResponse> saveService(ServerRequest request, ServiceId id, boolean created) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, ServiceBody.class)
                        .flatMap(body -> admin.saveService(actor, body.toService(id)))
                        .flatMap(saved ->
                                respond(created, "/api" + BASE + "/services/" + saved.id(), ServiceBody.of(saved))));
    }

    private Mono<ServerResponse> offered(
            ServerRequest request, BiFunction<pl.cus.portal.shared.Actor, ServiceId, Mono<ServiceEntry>> change) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> change.apply(actor, new ServiceId(id(request))))
                .flatMap(saved -> ServerResponse.ok().bodyValue(ServiceBody.of(saved)));
    }

    private Mono<ServerResponse> saveProgramme(ServerRequest request, ProgrammeId id, boolean created) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, ProgrammeBody.class)
                        .flatMap(body -> admin.saveProgramme(actor, body.toProgramme(id)))
                        .flatMap(saved -> respond(
                                created, "/api" + BASE + "/programmes/" + saved.id(), ProgrammeBody.of(saved))));
    }

    private Mono<ServerResponse> saveProvider(ServerRequest request, ProviderId id, boolean created) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, ProviderBody.class)
                        .flatMap(body -> admin.saveProvider(actor, body.toProvider(id)))
                        .flatMap(saved ->
                                respond(created, "/api" + BASE + "/providers/" + saved.id(), ProviderBody.of(saved))));
    }

    private static Mono<ServerResponse> respond(boolean created, String location, Object body) {
        return created
                ? ServerResponse.created(URI.create(location)).bodyValue(body)
                : ServerResponse.ok().bodyValue(body);
    }

    private static <T> Mono<T> body(ServerRequest request, Class<T> type) {
        return request.bodyToMono(type)
                .switchIfEmpty(Mono.error(
                        () -> InvalidInput.of("body", "error.invalid-input", "Send the entry as a JSON body.")));
    }

    private static UUID id(ServerRequest request) {
        try {
            return UUID.fromString(request.pathVariable("id"));
        } catch (IllegalArgumentException e) {
            throw new DomainException.NotFound("No such entry: " + request.pathVariable("id"));
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
    }

    record ServiceBody(
            UUID id,
            String name,
            String summary,
            String description,
            UUID programmeId,
            AreaOfLife area,
            List<LifeSituation> situations,
            List<UUID> providerIds,
            String formalConditions,
            String fees,
            List<String> languages,
            List<UUID> excludes,
            Boolean offered) {
        ServiceEntry toService(ServiceId serviceId) {
            var needs = list(situations);
            Set<ServiceId> excluded =
                    list(excludes).stream().map(ServiceId::new).collect(Collectors.toSet());
            return new ServiceEntry(
                    serviceId,
                    name,
                    summary,
                    description,
                    programmeId == null ? null : new ProgrammeId(programmeId),
                    area,
                    needs.isEmpty() ? Set.of() : EnumSet.copyOf(needs),
                    list(providerIds).stream().map(ProviderId::new).toList(),
                    formalConditions,
                    fees,
                    list(languages),
                    excluded,
                    true);
        }

        static ServiceBody of(ServiceEntry s) {
            return new ServiceBody(
                    s.id().value(),
                    s.name(),
                    s.summary(),
                    s.description(),
                    s.programmeId() == null ? null : s.programmeId().value(),
                    s.area(),
                    s.situations().stream().sorted().toList(),
                    s.providerIds().stream().map(ProviderId::value).toList(),
                    s.formalConditions(),
                    s.fees(),
                    s.languages(),
                    s.excludes().stream().map(ServiceId::value).sorted().toList(),
                    s.offered());
        }
    }

    record ProgrammeBody(
            UUID id,
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
        Programme toProgramme(ProgrammeId programmeId) {
            return new Programme(
                    programmeId,
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
                    list(personalData));
        }

        static ProgrammeBody of(Programme p) {
            return new ProgrammeBody(
                    p.id().value(),
                    p.name(),
                    p.goal(),
                    p.periodStart(),
                    p.periodEnd(),
                    p.targetGroup(),
                    p.expectedParticipants(),
                    p.qualification(),
                    p.procedure(),
                    p.fees(),
                    p.documents(),
                    p.personalData());
        }
    }

    record ProviderBody(
            UUID id,
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
        Provider toProvider(ProviderId providerId) {
            return new Provider(
                    providerId,
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
                    list(languages));
        }

        static ProviderBody of(Provider p) {
            return new ProviderBody(
                    p.id().value(),
                    p.name(),
                    p.kind(),
                    p.street(),
                    p.postalCode(),
                    p.city(),
                    p.district(),
                    p.contactPerson(),
                    p.phone(),
                    p.email(),
                    p.website(),
                    p.openingHours(),
                    p.accessibility(),
                    p.languages());
        }
    }
}
