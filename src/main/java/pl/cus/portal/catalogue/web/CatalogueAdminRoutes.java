package pl.cus.portal.catalogue.web;

import static pl.cus.portal.catalogue.web.CatalogueIds.PROGRAMME;
import static pl.cus.portal.catalogue.web.CatalogueIds.PROVIDER;
import static pl.cus.portal.catalogue.web.CatalogueIds.SERVICE;
import static pl.cus.portal.shared.web.ApiRequests.body;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.net.URI;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.catalogue.CatalogueAdministration;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.Actor;
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

    private static final String ENTRY = "the entry";

    private final CatalogueAdministration admin;

    CatalogueAdminRoutes(CatalogueAdministration admin) {
        this.admin = admin;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(BASE + "/services", this::services)
                .POST(BASE + "/services", this::createService)
                .PUT(BASE + "/services/{id}", this::replaceService)
                .POST(BASE + "/services/{id}/retire", this::retireService)
                .POST(BASE + "/services/{id}/restore", this::restoreService)
                .GET(BASE + "/programmes", this::programmes)
                .POST(BASE + "/programmes", this::createProgramme)
                .PUT(BASE + "/programmes/{id}", this::replaceProgramme)
                .GET(BASE + "/providers", this::providers)
                .POST(BASE + "/providers", this::createProvider)
                .PUT(BASE + "/providers/{id}", this::replaceProvider)
                .build();
    }

    private Mono<ServerResponse> services(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> admin.allServices(actor)
                        .map(CatalogueAdminJson.ServiceBody::of)
                        .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> createService(ServerRequest request) {
        return saveService(request, new ServiceId(UUID.randomUUID()), true);
    }

    private Mono<ServerResponse> replaceService(ServerRequest request) {
        return saveService(request, SERVICE.in(request), false);
    }

    private Mono<ServerResponse> retireService(ServerRequest request) {
        return offered(request, admin::retireService);
    }

    private Mono<ServerResponse> restoreService(ServerRequest request) {
        return offered(request, admin::restoreService);
    }

    private Mono<ServerResponse> programmes(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> admin.allProgrammes(actor)
                        .map(CatalogueAdminJson.ProgrammeBody::of)
                        .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> createProgramme(ServerRequest request) {
        return saveProgramme(request, new ProgrammeId(UUID.randomUUID()), true);
    }

    private Mono<ServerResponse> replaceProgramme(ServerRequest request) {
        return saveProgramme(request, PROGRAMME.in(request), false);
    }

    private Mono<ServerResponse> providers(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> admin.allProviders(actor)
                        .map(CatalogueAdminJson.ProviderBody::of)
                        .collectList())
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> createProvider(ServerRequest request) {
        return saveProvider(request, new ProviderId(UUID.randomUUID()), true);
    }

    private Mono<ServerResponse> replaceProvider(ServerRequest request) {
        return saveProvider(request, PROVIDER.in(request), false);
    }

    private Mono<ServerResponse> saveService(ServerRequest request, ServiceId id, boolean created) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, CatalogueAdminJson.ServiceBody.class, ENTRY)
                        .flatMap(body -> admin.saveService(actor, body.toService(id)))
                        .flatMap(saved -> respond(
                                created,
                                "/api" + BASE + "/services/" + saved.id(),
                                CatalogueAdminJson.ServiceBody.of(saved))));
    }

    private Mono<ServerResponse> offered(
            ServerRequest request, BiFunction<Actor, ServiceId, Mono<ServiceEntry>> change) {
        return withId(request, SERVICE, change)
                .flatMap(saved -> ServerResponse.ok().bodyValue(CatalogueAdminJson.ServiceBody.of(saved)));
    }

    private Mono<ServerResponse> saveProgramme(ServerRequest request, ProgrammeId id, boolean created) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, CatalogueAdminJson.ProgrammeBody.class, ENTRY)
                        .flatMap(body -> admin.saveProgramme(actor, body.toProgramme(id)))
                        .flatMap(saved -> respond(
                                created,
                                "/api" + BASE + "/programmes/" + saved.id(),
                                CatalogueAdminJson.ProgrammeBody.of(saved))));
    }

    private Mono<ServerResponse> saveProvider(ServerRequest request, ProviderId id, boolean created) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(request, CatalogueAdminJson.ProviderBody.class, ENTRY)
                        .flatMap(body -> admin.saveProvider(actor, body.toProvider(id)))
                        .flatMap(saved -> respond(
                                created,
                                "/api" + BASE + "/providers/" + saved.id(),
                                CatalogueAdminJson.ProviderBody.of(saved))));
    }

    private static Mono<ServerResponse> respond(boolean created, String location, Object body) {
        return created
                ? ServerResponse.created(URI.create(location)).bodyValue(body)
                : ServerResponse.ok().bodyValue(body);
    }
}
