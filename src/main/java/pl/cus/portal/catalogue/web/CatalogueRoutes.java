package pl.cus.portal.catalogue.web;

import static pl.cus.portal.catalogue.web.CatalogueIds.PROGRAMME;
import static pl.cus.portal.catalogue.web.CatalogueIds.SERVICE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.CatalogueBrowser;
import pl.cus.portal.catalogue.CatalogueQuery;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeDetails;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceDetails;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.i18n.Languages;
import pl.cus.portal.shared.i18n.Messages;
import pl.cus.portal.shared.web.ApiRoutes;
import reactor.core.publisher.Mono;

/**
 * The public catalogue: {@code GET /api/catalog/services}, {@code /services/{id}}, {@code /programmes},
 * {@code /programmes/{id}}, {@code /filters}. No sign-in. Labels are in the language of {@code ?lang=} or
 * {@code Accept-Language} (Polish by default).
 */
@Component
class CatalogueRoutes implements ApiRoutes {

    private final CatalogueBrowser browser;
    private final Catalogue catalogue;

    CatalogueRoutes(CatalogueBrowser browser, Catalogue catalogue) {
        this.browser = browser;
        this.catalogue = catalogue;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/catalog/services", this::search)
                .GET("/catalog/services/{id}", this::service)
                .GET("/catalog/programmes", this::programmes)
                .GET("/catalog/programmes/{id}", this::programme)
                .GET("/catalog/filters", this::filters)
                .build();
    }

    private Mono<ServerResponse> search(ServerRequest request) {
        Locale locale = locale(request);
        return Mono.fromCallable(() -> CatalogueQuery.fromParameters(
                        name -> request.queryParam(name).orElse(null)))
                .flatMap(query -> browser.search(query)
                        .map(details -> ServiceJson.of(details, locale))
                        .collectList())
                .flatMap(items -> ServerResponse.ok().bodyValue(items));
    }

    private Mono<ServerResponse> service(ServerRequest request) {
        Locale locale = locale(request);
        return Mono.fromCallable(() -> SERVICE.in(request))
                .flatMap(browser::service)
                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound(
                        "No service " + request.pathVariable("id") + " in the catalogue.")))
                .flatMap(details -> ServerResponse.ok().bodyValue(ServiceJson.of(details, locale)));
    }

    private Mono<ServerResponse> programmes(ServerRequest request) {
        return browser.programmes()
                .map(ProgrammeJson::of)
                .collectList()
                .flatMap(items -> ServerResponse.ok().bodyValue(items));
    }

    private Mono<ServerResponse> programme(ServerRequest request) {
        return Mono.fromCallable(() -> PROGRAMME.in(request))
                .flatMap(browser::programme)
                .switchIfEmpty(Mono.error(
                        () -> new DomainException.NotFound("No programme " + request.pathVariable("id") + ".")))
                .flatMap(details -> ServerResponse.ok().bodyValue(ProgrammeDetailsJson.of(details)));
    }

    private Mono<ServerResponse> filters(ServerRequest request) {
        Locale locale = locale(request);
        return catalogue
                .districts()
                .collectList()
                .flatMap(districts -> ServerResponse.ok()
                        .bodyValue(new Filters(
                                Arrays.stream(LifeSituation.values())
                                        .map(s -> new Option(
                                                CatalogueQuery.slug(s), Messages.get(s.messageKey(), locale)))
                                        .toList(),
                                Arrays.stream(AreaOfLife.values())
                                        .map(a -> new Option(
                                                CatalogueQuery.slug(a), Messages.get(a.messageKey(), locale)))
                                        .toList(),
                                districts.stream().map(d -> new Option(d, d)).toList(),
                                Arrays.stream(ProviderKind.values())
                                        .map(k -> new Option(
                                                CatalogueQuery.slug(k), Messages.get(k.messageKey(), locale)))
                                        .toList())));
    }

    private static Locale locale(ServerRequest request) {
        return request.queryParam("lang")
                .flatMap(Languages::byTag)
                .or(() -> request.headers().acceptLanguage().stream()
                        .map(range -> Locale.forLanguageTag(range.getRange()).getLanguage())
                        .flatMap(tag -> Languages.byTag(tag).stream())
                        .findFirst())
                .orElse(Languages.POLISH)
                .locale();
    }

    record Option(String value, String label) {}

    record Filters(List<Option> needs, List<Option> areas, List<Option> districts, List<Option> providerKinds) {}

    record ProgrammeRef(UUID id, String name) {}

    record ProviderJson(
            UUID id,
            String name,
            String kind,
            String address,
            String district,
            String contactPerson,
            String phone,
            String email,
            String website,
            String openingHours,
            String accessibility,
            List<String> languages) {
        static ProviderJson of(Provider p) {
            return new ProviderJson(
                    p.id().value(),
                    p.name(),
                    CatalogueQuery.slug(p.kind()),
                    p.address(),
                    p.district(),
                    p.contactPerson(),
                    p.phone(),
                    p.email(),
                    p.hasWebLink() ? p.website().strip() : null,
                    p.openingHours(),
                    p.accessibility(),
                    p.languages());
        }
    }

    record ServiceRef(UUID id, String name) {
        static ServiceRef of(ServiceSummary s) {
            return new ServiceRef(s.id().value(), s.name());
        }
    }

    /** {@code category} is the area of life (art. 2), {@code categoryName} its label; {@code programme} is null outside programmes. */
    record ServiceJson(
            UUID id,
            String name,
            String summary,
            String description,
            ProgrammeRef programme,
            String category,
            String categoryName,
            List<String> needs,
            List<ProviderJson> providers,
            String formalConditions,
            String fees,
            List<String> languages,
            List<ServiceRef> excludes) {
        static ServiceJson of(ServiceDetails d, Locale locale) {
            var s = d.service();
            return new ServiceJson(
                    s.id().value(),
                    s.name(),
                    s.summary(),
                    s.description(),
                    d.programme() == null
                            ? null
                            : new ProgrammeRef(
                                    d.programme().id().value(), d.programme().name()),
                    CatalogueQuery.slug(s.area()),
                    Messages.get(s.area().messageKey(), locale),
                    s.situations().stream().sorted().map(CatalogueQuery::slug).toList(),
                    d.providers().stream().map(ProviderJson::of).toList(),
                    s.formalConditions(),
                    s.fees(),
                    s.languages(),
                    d.excludes().stream().map(ServiceRef::of).toList());
        }
    }

    record ProgrammeJson(
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
        static ProgrammeJson of(Programme p) {
            return new ProgrammeJson(
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

    record ProgrammeDetailsJson(ProgrammeJson programme, List<ServiceRef> services) {
        static ProgrammeDetailsJson of(ProgrammeDetails d) {
            return new ProgrammeDetailsJson(
                    ProgrammeJson.of(d.programme()),
                    d.services().stream().map(ServiceRef::of).toList());
        }
    }
}
