package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.StaffLayout;

/** The administrators' catalogue: services (with retire and restore), programmes and providers. */
@Route(value = "backoffice/catalogue", layout = StaffLayout.class)
@Menu(title = "catalogue.nav.backoffice", order = 50)
@RolesAllowed("ADMIN")
class CatalogueAdminView extends Div implements HasDynamicTitle {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String REQUIRED = "catalogue.error.required";

    private final CatalogueAdministration admin;
    private final Actor actor;
    private final Grid<ServiceEntry> services = new Grid<>();
    private final Grid<Programme> programmes = new Grid<>();
    private final Grid<Provider> providers = new Grid<>();

    CatalogueAdminView(CatalogueAdministration admin) {
        this.admin = admin;
        this.actor = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        addClassName("staff-view");

        var tabs = new TabSheet();
        tabs.setId("catalogue-admin-tabs");
        tabs.add(
                getTranslation("catalogue.admin.services"),
                tab(
                        "catalogue-admin-new-service",
                        "catalogue.admin.new-service",
                        () -> editService(null),
                        servicesGrid()));
        tabs.add(
                getTranslation("catalogue.admin.programmes"),
                tab(
                        "catalogue-admin-new-programme",
                        "catalogue.admin.new-programme",
                        () -> editProgramme(null),
                        programmesGrid()));
        tabs.add(
                getTranslation("catalogue.admin.providers"),
                tab(
                        "catalogue-admin-new-provider",
                        "catalogue.admin.new-provider",
                        () -> editProvider(null),
                        providersGrid()));
        tabs.setWidthFull();
        // vaadin-tabs wraps its tabs in a scroll container with tabindex=-1, which makes the container a child the
        // tablist role does not allow (axe aria-required-children, WCAG 1.3.1); the tabs are focusable on their own.
        tabs.addAttachListener(
                attach -> tabs.getElement()
                        .executeJs(
                                "const t = this.querySelector('vaadin-tabs'); if (t) customElements.whenDefined('vaadin-tabs')"
                                        + ".then(() => requestAnimationFrame(() => t.shadowRoot?.querySelector('[part~=tabs]')?.removeAttribute('tabindex')))"));

        add(
                new H1(getTranslation("catalogue.admin.title")),
                new Paragraph(getTranslation("catalogue.admin.lead")),
                tabs);
        refresh();
    }

    private Component tab(String id, String newKey, Runnable create, Grid<?> grid) {
        var add = new Button(getTranslation(newKey), click -> create.run());
        add.setId(id);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setAllRowsVisible(true);
        return new Div(add, grid);
    }

    private Grid<ServiceEntry> servicesGrid() {
        services.setId("catalogue-admin-services");
        services.addColumn(ServiceEntry::name)
                .setHeader(getTranslation("catalogue.admin.name"))
                .setFlexGrow(3)
                .setSortable(true);
        services.addColumn(service -> getTranslation(service.area().messageKey()))
                .setHeader(getTranslation("catalogue.filter.area"))
                .setFlexGrow(2);
        services.addColumn(service ->
                        getTranslation(service.offered() ? "catalogue.admin.offered" : "catalogue.admin.retired"))
                .setHeader(getTranslation("catalogue.admin.status"));
        services.addComponentColumn(service -> {
                    var edit = new Button(getTranslation("catalogue.admin.edit"), click -> editService(service));
                    edit.setAriaLabel(getTranslation("catalogue.admin.edit") + ": " + service.name());
                    var toggle = new Button(
                            getTranslation(service.offered() ? "catalogue.admin.retire" : "catalogue.admin.restore"),
                            click -> {
                                if (service.offered()) {
                                    admin.retireService(actor, service.id()).block(TIMEOUT);
                                } else {
                                    admin.restoreService(actor, service.id()).block(TIMEOUT);
                                }
                                Notification.show(getTranslation(
                                        service.offered()
                                                ? "catalogue.admin.retired-notice"
                                                : "catalogue.admin.restored-notice",
                                        service.name()));
                                refresh();
                            });
                    toggle.setId((service.offered() ? "retire-" : "restore-") + service.id());
                    toggle.setAriaLabel(toggle.getText() + ": " + service.name());
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    return new Div(edit, toggle);
                })
                .setHeader(getTranslation("catalogue.admin.actions"))
                .setFlexGrow(2);
        return services;
    }

    private Grid<Programme> programmesGrid() {
        programmes.setId("catalogue-admin-programmes");
        programmes
                .addColumn(Programme::name)
                .setHeader(getTranslation("catalogue.admin.name"))
                .setFlexGrow(3);
        programmes
                .addColumn(p -> ProgrammeView.period(p, getLocale(), this::getTranslation))
                .setHeader(getTranslation("catalogue.programme.period"))
                .setFlexGrow(2);
        programmes
                .addComponentColumn(p -> editButton(p.name(), () -> editProgramme(p)))
                .setHeader(getTranslation("catalogue.admin.actions"));
        return programmes;
    }

    private Grid<Provider> providersGrid() {
        providers.setId("catalogue-admin-providers");
        providers
                .addColumn(Provider::name)
                .setHeader(getTranslation("catalogue.admin.name"))
                .setFlexGrow(3);
        providers
                .addColumn(p -> getTranslation(p.kind().messageKey()))
                .setHeader(getTranslation("catalogue.provider.kind"))
                .setFlexGrow(2);
        providers
                .addColumn(Provider::address)
                .setHeader(getTranslation("catalogue.provider.address"))
                .setFlexGrow(3);
        providers
                .addComponentColumn(p -> editButton(p.name(), () -> editProvider(p)))
                .setHeader(getTranslation("catalogue.admin.actions"));
        return providers;
    }

    private Button editButton(String name, Runnable edit) {
        var button = new Button(getTranslation("catalogue.admin.edit"), click -> edit.run());
        button.setAriaLabel(getTranslation("catalogue.admin.edit") + ": " + name);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refresh() {
        services.setItems(admin.allServices(actor).collectList().block(TIMEOUT));
        programmes.setItems(admin.allProgrammes(actor).collectList().block(TIMEOUT));
        providers.setItems(admin.allProviders(actor).collectList().block(TIMEOUT));
    }

    private void editService(ServiceEntry existing) {
        List<Programme> allProgrammes = admin.allProgrammes(actor).collectList().block(TIMEOUT);
        List<Provider> allProviders = admin.allProviders(actor).collectList().block(TIMEOUT);
        List<ServiceEntry> allServices = admin.allServices(actor).collectList().block(TIMEOUT);
        Map<String, Object> values = new HashMap<>();
        ServiceId id = existing == null ? new ServiceId(UUID.randomUUID()) : existing.id();
        if (existing != null) {
            values.put("name", existing.name());
            values.put("summary", existing.summary());
            values.put("description", existing.description());
            values.put(
                    "programmeId",
                    allProgrammes.stream()
                            .filter(p -> p.id().equals(existing.programmeId()))
                            .findFirst()
                            .orElse(null));
            values.put("area", existing.area());
            values.put("situations", Set.copyOf(existing.situations()));
            values.put(
                    "providerIds",
                    allProviders.stream()
                            .filter(p -> existing.providerIds().contains(p.id()))
                            .collect(Collectors.toSet()));
            values.put("formalConditions", existing.formalConditions());
            values.put("fees", existing.fees());
            values.put("languages", String.join(", ", existing.languages()));
            values.put(
                    "excludes",
                    allServices.stream()
                            .filter(s -> existing.excludes().contains(s.id()))
                            .collect(Collectors.toSet()));
        } else {
            values.put("languages", "pl");
        }
        var editor = new EntityEditor(
                getTranslation(existing == null ? "catalogue.admin.new-service" : "catalogue.admin.edit-service"),
                values);
        editor.field("name", text("catalogue.admin.name"), REQUIRED, true);
        editor.field("summary", area("catalogue.admin.summary"), REQUIRED, true);
        editor.field("description", area("catalogue.service.description"), null, true);
        var programme = new ComboBox<Programme>(getTranslation("catalogue.service.programme"), allProgrammes);
        programme.setItemLabelGenerator(Programme::name);
        programme.setClearButtonVisible(true);
        programme.setHelperText(getTranslation("catalogue.admin.programme-help"));
        editor.field("programmeId", programme, null, false);
        var areaField = new Select<AreaOfLife>();
        areaField.setLabel(getTranslation("catalogue.filter.area"));
        areaField.setItems(AreaOfLife.values());
        areaField.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.messageKey()));
        editor.field("area", areaField, "catalogue.error.area", false);
        editor.field(
                "situations",
                multi(
                        "catalogue.service.situations",
                        Arrays.asList(LifeSituation.values()),
                        s -> getTranslation(s.messageKey())),
                null,
                true);
        editor.field(
                "providerIds",
                multi("catalogue.service.providers", allProviders, Provider::name),
                "catalogue.error.providers",
                true);
        editor.field("formalConditions", area("catalogue.service.conditions"), null, true);
        editor.field("fees", area("catalogue.service.fees"), null, true);
        editor.field("languages", languagesField(), null, false);
        editor.field(
                "excludes",
                multi(
                        "catalogue.service.excludes",
                        allServices.stream().filter(s -> !s.id().equals(id)).toList(),
                        ServiceEntry::name),
                null,
                true);
        editor.onSave(
                v -> admin.saveService(
                                actor,
                                new ServiceEntry(
                                        id,
                                        (String) v.get("name"),
                                        (String) v.get("summary"),
                                        (String) v.get("description"),
                                        v.get("programmeId") instanceof Programme p ? p.id() : null,
                                        (AreaOfLife) v.get("area"),
                                        set(v.get("situations"), LifeSituation.class::cast),
                                        sortedIds(
                                                v.get("providerIds"),
                                                Provider.class,
                                                Provider::id,
                                                existing == null ? List.of() : existing.providerIds()),
                                        (String) v.get("formalConditions"),
                                        (String) v.get("fees"),
                                        languages(v.get("languages")),
                                        set(v.get("excludes"), s -> ((ServiceEntry) s).id()),
                                        true))
                        .block(TIMEOUT),
                saved -> saved(((ServiceEntry) saved).name()));
        editor.open();
    }

    private void editProgramme(Programme existing) {
        Map<String, Object> values = new HashMap<>();
        ProgrammeId id = existing == null ? new ProgrammeId(UUID.randomUUID()) : existing.id();
        if (existing != null) {
            values.put("name", existing.name());
            values.put("goal", existing.goal());
            values.put("periodStart", existing.periodStart());
            values.put("periodEnd", existing.periodEnd());
            values.put("targetGroup", existing.targetGroup());
            values.put("expectedParticipants", existing.expectedParticipants());
            values.put("qualification", existing.qualification());
            values.put("procedure", existing.procedure());
            values.put("fees", existing.fees());
            values.put("documents", existing.documents());
            values.put("personalData", String.join("\n", existing.personalData()));
        }
        var editor = new EntityEditor(
                getTranslation(existing == null ? "catalogue.admin.new-programme" : "catalogue.admin.edit-programme"),
                values);
        editor.field("name", text("catalogue.admin.name"), REQUIRED, true);
        editor.field("goal", area("catalogue.programme.goal"), REQUIRED, true);
        editor.field("periodStart", date("catalogue.admin.period-start"), "catalogue.error.period-start", false);
        editor.field("periodEnd", date("catalogue.admin.period-end"), null, false);
        editor.field("targetGroup", area("catalogue.programme.target"), REQUIRED, true);
        var expected = new IntegerField(getTranslation("catalogue.admin.expected"));
        expected.setMin(1);
        editor.field("expectedParticipants", expected, null, false);
        editor.field("qualification", area("catalogue.programme.qualification"), REQUIRED, true);
        editor.field("procedure", area("catalogue.programme.procedure"), REQUIRED, true);
        editor.field("fees", area("catalogue.programme.fees"), REQUIRED, true);
        editor.field("documents", area("catalogue.programme.documents"), null, true);
        var personalData = area("catalogue.programme.personal-data");
        personalData.setHelperText(getTranslation("catalogue.admin.one-per-line"));
        editor.field("personalData", personalData, null, true);
        editor.onSave(
                v -> admin.saveProgramme(
                                actor,
                                new Programme(
                                        id,
                                        (String) v.get("name"),
                                        (String) v.get("goal"),
                                        (LocalDate) v.get("periodStart"),
                                        (LocalDate) v.get("periodEnd"),
                                        (String) v.get("targetGroup"),
                                        (Integer) v.get("expectedParticipants"),
                                        (String) v.get("qualification"),
                                        (String) v.get("procedure"),
                                        (String) v.get("fees"),
                                        (String) v.get("documents"),
                                        lines(v.get("personalData"))))
                        .block(TIMEOUT),
                saved -> saved(((Programme) saved).name()));
        editor.open();
    }

    private void editProvider(Provider existing) {
        Map<String, Object> values = new HashMap<>();
        ProviderId id = existing == null ? new ProviderId(UUID.randomUUID()) : existing.id();
        if (existing != null) {
            values.put("name", existing.name());
            values.put("kind", existing.kind());
            values.put("street", existing.street());
            values.put("postalCode", existing.postalCode());
            values.put("city", existing.city());
            values.put("district", existing.district());
            values.put("contactPerson", existing.contactPerson());
            values.put("phone", existing.phone());
            values.put("email", existing.email());
            values.put("website", existing.website());
            values.put("openingHours", existing.openingHours());
            values.put("accessibility", existing.accessibility());
            values.put("languages", String.join(", ", existing.languages()));
        } else {
            values.put("languages", "pl");
        }
        var editor = new EntityEditor(
                getTranslation(existing == null ? "catalogue.admin.new-provider" : "catalogue.admin.edit-provider"),
                values);
        editor.field("name", text("catalogue.admin.name"), REQUIRED, true);
        var kind = new Select<ProviderKind>();
        kind.setLabel(getTranslation("catalogue.provider.kind"));
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        editor.field("kind", kind, "catalogue.error.kind", false);
        editor.field("street", text("catalogue.admin.street"), REQUIRED, false);
        editor.field("postalCode", text("catalogue.admin.postal-code"), null, false);
        editor.field("city", text("catalogue.admin.city"), REQUIRED, false);
        editor.field("district", text("catalogue.filter.district"), null, false);
        editor.field("contactPerson", text("catalogue.provider.contact"), null, false);
        editor.field("phone", text("catalogue.provider.phone"), null, false);
        var email = new EmailField(getTranslation("catalogue.provider.email"));
        editor.field("email", email, null, false);
        editor.field("website", text("catalogue.provider.website"), null, false);
        editor.field("openingHours", text("catalogue.provider.hours"), null, true);
        editor.field("accessibility", area("catalogue.provider.accessibility"), null, true);
        editor.field("languages", languagesField(), null, false);
        editor.onSave(
                v -> admin.saveProvider(
                                actor,
                                new Provider(
                                        id,
                                        (String) v.get("name"),
                                        (ProviderKind) v.get("kind"),
                                        (String) v.get("street"),
                                        blank(v.get("postalCode")),
                                        (String) v.get("city"),
                                        blank(v.get("district")),
                                        blank(v.get("contactPerson")),
                                        blank(v.get("phone")),
                                        blank(v.get("email")),
                                        blank(v.get("website")),
                                        blank(v.get("openingHours")),
                                        blank(v.get("accessibility")),
                                        languages(v.get("languages"))))
                        .block(TIMEOUT),
                saved -> saved(((Provider) saved).name()));
        editor.open();
    }

    private void saved(String name) {
        Notification.show(getTranslation("catalogue.admin.saved", name));
        refresh();
    }

    private TextField text(String labelKey) {
        var field = new TextField(getTranslation(labelKey));
        field.setWidthFull();
        return field;
    }

    private TextArea area(String labelKey) {
        var field = new TextArea(getTranslation(labelKey));
        field.setWidthFull();
        return field;
    }

    private DatePicker date(String labelKey) {
        var field = new DatePicker(getTranslation(labelKey));
        field.setLocale(getLocale());
        return field;
    }

    private TextField languagesField() {
        var field = text("catalogue.service.languages");
        field.setHelperText(getTranslation("catalogue.admin.languages-help"));
        return field;
    }

    private <T> MultiSelectComboBox<T> multi(String labelKey, Collection<T> items, Function<T, String> label) {
        var field = new MultiSelectComboBox<T>(getTranslation(labelKey));
        field.setItems(items);
        field.setItemLabelGenerator(label::apply);
        field.setWidthFull();
        return field;
    }

    private static <T> Set<T> set(Object value, Function<Object, T> map) {
        return value instanceof Collection<?> items
                ? items.stream().map(map).collect(Collectors.toCollection(HashSet::new))
                : Set.of();
    }

    /** Chosen providers, keeping the previous order (the first is the main contact) and adding new ones after. */
    private static <T> List<ProviderId> sortedIds(
            Object value, Class<T> type, Function<T, ProviderId> id, List<ProviderId> previous) {
        Set<ProviderId> chosen = set(value, item -> id.apply(type.cast(item)));
        var ordered = new java.util.ArrayList<>(
                previous.stream().filter(chosen::contains).toList());
        chosen.stream()
                .filter(p -> !ordered.contains(p))
                .sorted(java.util.Comparator.comparing(ProviderId::toString))
                .forEach(ordered::add);
        return ordered;
    }

    private static List<String> languages(Object value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.toString().split("[,\\s]+"))
                        .map(String::strip)
                        .map(tag -> tag.toLowerCase(java.util.Locale.ROOT))
                        .filter(tag -> !tag.isEmpty())
                        .distinct()
                        .toList();
    }

    private static List<String> lines(Object value) {
        return value == null
                ? List.of()
                : value.toString()
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    private static String blank(Object value) {
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.admin.title");
    }
}
