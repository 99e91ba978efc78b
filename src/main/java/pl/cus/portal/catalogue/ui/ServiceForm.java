package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.CatalogueInput;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;

/** A service of the catalogue: what it is, under which programme, for which situations, who delivers it. */
final class ServiceForm extends EntryForm<ServiceForm.Draft> {

    /** The form's values; the chosen programme, providers and excluded services as the entries themselves. */
    public record Draft(
            String name,
            String summary,
            String description,
            Programme programmeId,
            AreaOfLife area,
            Set<LifeSituation> situations,
            Set<Provider> providerIds,
            String formalConditions,
            String fees,
            String languages,
            Set<ServiceEntry> excludes) {

        static Draft empty() {
            return new Draft(null, null, null, null, null, Set.of(), Set.of(), null, null, "pl", Set.of());
        }

        static Draft of(
                ServiceEntry service,
                List<Programme> programmes,
                List<Provider> providers,
                List<ServiceEntry> services) {
            return new Draft(
                    service.name(),
                    service.summary(),
                    service.description(),
                    programmes.stream()
                            .filter(p -> p.id().equals(service.programmeId()))
                            .findFirst()
                            .orElse(null),
                    service.area(),
                    Set.copyOf(service.situations()),
                    providers.stream()
                            .filter(p -> service.providerIds().contains(p.id()))
                            .collect(Collectors.toSet()),
                    service.formalConditions(),
                    service.fees(),
                    CatalogueInput.languageText(service.languages()),
                    services.stream()
                            .filter(s -> service.excludes().contains(s.id()))
                            .collect(Collectors.toSet()));
        }

        /** The entry to save; its providers keep {@code previous}'s order (the first is the main contact). */
        ServiceEntry toEntry(ServiceId id, List<pl.cus.portal.catalogue.ProviderId> previous) {
            return new ServiceEntry(
                    id,
                    name,
                    summary,
                    description,
                    programmeId == null ? null : programmeId.id(),
                    area,
                    situations,
                    CatalogueInput.providersInOrder(
                            providerIds == null
                                    ? Set.of()
                                    : providerIds.stream().map(Provider::id).collect(Collectors.toSet()),
                            previous),
                    formalConditions,
                    fees,
                    CatalogueInput.languageTags(languages),
                    excludes == null
                            ? Set.of()
                            : excludes.stream().map(ServiceEntry::id).collect(Collectors.toSet()),
                    true);
        }
    }

    ServiceForm(ServiceId id, List<Programme> programmes, List<Provider> providers, List<ServiceEntry> services) {
        super(Draft.class);
        bind("name", text("catalogue.admin.name"), REQUIRED, true);
        bind("summary", area("catalogue.admin.summary"), REQUIRED, true);
        bind("description", area("catalogue.service.description"), null, true);
        var programme = new ComboBox<Programme>(getTranslation("catalogue.service.programme"), programmes);
        programme.setItemLabelGenerator(Programme::name);
        programme.setClearButtonVisible(true);
        programme.setHelperText(getTranslation("catalogue.admin.programme-help"));
        bind("programmeId", programme, null, false);
        var area = new Select<AreaOfLife>();
        area.setLabel(getTranslation("catalogue.filter.area"));
        area.setItems(AreaOfLife.values());
        area.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.messageKey()));
        bind("area", area, "catalogue.error.area", false);
        bind(
                "situations",
                multi(
                        "catalogue.service.situations",
                        Arrays.asList(LifeSituation.values()),
                        s -> getTranslation(s.messageKey())),
                null,
                true);
        bind(
                "providerIds",
                multi("catalogue.service.providers", providers, Provider::name),
                "catalogue.error.providers",
                true);
        bind("formalConditions", area("catalogue.service.conditions"), null, true);
        bind("fees", area("catalogue.service.fees"), null, true);
        bind("languages", languages(), null, false);
        bind(
                "excludes",
                multi(
                        "catalogue.service.excludes",
                        services.stream().filter(s -> !s.id().equals(id)).toList(),
                        ServiceEntry::name),
                null,
                true);
    }
}
