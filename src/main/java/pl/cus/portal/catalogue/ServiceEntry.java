package pl.cus.portal.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A service in the catalogue, as the administrator maintains it.
 *
 * @param programmeId      the programme it is offered under, or {@code null} for a service another provider runs
 *                         outside the centre's programmes
 * @param situations       the life situations it helps with (the "need" filter)
 * @param providerIds      who delivers it, the first one being the main contact
 * @param formalConditions what a resident must meet or bring (referral, certificate, age)
 * @param fees             free of charge, or the fee and discounts
 * @param excludes         services that cannot be combined with this one in a plan (the relation is symmetric)
 * @param offered          {@code false} once retired: kept for plans that refer to it, absent from the catalogue
 */
public record ServiceEntry(
        ServiceId id,
        String name,
        String summary,
        String description,
        ProgrammeId programmeId,
        AreaOfLife area,
        Set<LifeSituation> situations,
        List<ProviderId> providerIds,
        String formalConditions,
        String fees,
        List<String> languages,
        Set<ServiceId> excludes,
        boolean offered) {

    public ServiceEntry {
        Objects.requireNonNull(id, "id");
        situations = situations == null ? Set.of() : Set.copyOf(situations);
        providerIds = providerIds == null ? List.of() : List.copyOf(providerIds);
        languages = languages == null ? List.of() : List.copyOf(languages);
        excludes = excludes == null ? Set.of() : Set.copyOf(excludes);
    }

    public ServiceEntry withOffered(boolean nowOffered) {
        return new ServiceEntry(
                id,
                name,
                summary,
                description,
                programmeId,
                area,
                situations,
                providerIds,
                formalConditions,
                fees,
                languages,
                excludes,
                nowOffered);
    }
}
