package pl.cus.portal.catalogue.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeDetails;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ServiceDetails;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.catalogue.ServiceSummary;

/**
 * The whole catalogue read at once: it is small (tens to hundreds of services), so searching and joining happen here
 * rather than in SQL. Lists are ordered by name in Polish collation.
 */
record CatalogueSnapshot(List<Programme> programmes, List<Provider> providers, List<ServiceEntry> services) {

    static final Comparator<String> POLISH =
            Comparator.nullsLast(Collator.getInstance(Locale.forLanguageTag("pl"))::compare);

    CatalogueSnapshot {
        programmes = programmes.stream()
                .sorted(Comparator.comparing(Programme::name, POLISH))
                .toList();
        providers = providers.stream()
                .sorted(Comparator.comparing(Provider::name, POLISH))
                .toList();
        services = services.stream()
                .sorted(Comparator.comparing(ServiceEntry::name, POLISH))
                .toList();
    }

    List<ServiceEntry> offered() {
        return services.stream().filter(ServiceEntry::offered).toList();
    }

    ServiceDetails details(ServiceEntry service) {
        Programme programme =
                service.programmeId() == null ? null : programmesById().get(service.programmeId());
        Map<ProviderId, Provider> byId = providersById();
        List<Provider> serviceProviders = service.providerIds().stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .toList();
        Map<ServiceId, ServiceEntry> services = servicesById();
        List<ServiceSummary> excludes = service.excludes().stream()
                .map(services::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(ServiceEntry::name, POLISH))
                .map(this::summary)
                .toList();
        return new ServiceDetails(service, programme, serviceProviders, excludes);
    }

    ServiceSummary summary(ServiceEntry service) {
        Programme programme =
                service.programmeId() == null ? null : programmesById().get(service.programmeId());
        return new ServiceSummary(
                service.id(),
                service.name(),
                service.summary(),
                programme == null ? null : programme.id(),
                programme == null ? null : programme.name());
    }

    ProgrammeDetails programmeDetails(Programme programme) {
        return new ProgrammeDetails(
                programme,
                offered().stream()
                        .filter(service -> programme.id().equals(service.programmeId()))
                        .map(this::summary)
                        .toList());
    }

    /** Districts of the providers of offered services, in Polish order. */
    List<String> districts() {
        Map<ProviderId, Provider> byId = providersById();
        return offered().stream()
                .flatMap(service -> service.providerIds().stream())
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(Provider::district)
                .filter(district -> district != null && !district.isBlank())
                .distinct()
                .sorted(POLISH)
                .toList();
    }

    Map<ProgrammeId, Programme> programmesById() {
        return programmes.stream().collect(Collectors.toMap(Programme::id, Function.identity()));
    }

    Map<ProviderId, Provider> providersById() {
        return providers.stream().collect(Collectors.toMap(Provider::id, Function.identity()));
    }

    Map<ServiceId, ServiceEntry> servicesById() {
        return services.stream().collect(Collectors.toMap(ServiceEntry::id, Function.identity()));
    }
}
