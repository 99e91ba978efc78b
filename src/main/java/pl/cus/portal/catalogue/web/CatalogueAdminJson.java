package pl.cus.portal.catalogue.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;

/** The administrators' catalogue entries as JSON, both ways: what {@code GET} lists and what {@code POST}/{@code PUT} take. */
final class CatalogueAdminJson {

    private CatalogueAdminJson() {}

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

    private static <T> List<T> list(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
    }
}
