package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import pl.cus.portal.catalogue.CatalogueAdministration;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;
import reactor.core.publisher.Mono;

/** The administrators' catalogue: services (with retire and restore), programmes and providers. */
@Route(value = "backoffice/catalogue", layout = StaffLayout.class)
@Menu(title = "catalogue.nav.backoffice", order = 50)
@RolesAllowed("ADMIN")
class CatalogueAdminView extends Div implements HasDynamicTitle {

    private final CatalogueAdministration admin;
    private final ServiceCalls calls;
    private final Actor actor;
    private final Grid<ServiceEntry> services = new Grid<>();
    private final Grid<Programme> programmes = new Grid<>();
    private final Grid<Provider> providers = new Grid<>();

    CatalogueAdminView(CatalogueAdministration admin, ServiceCalls calls) {
        this.admin = admin;
        this.calls = calls;
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
                                calls.get(
                                        service.offered()
                                                ? admin.retireService(actor, service.id())
                                                : admin.restoreService(actor, service.id()));
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
        services.setItems(calls.list(admin.allServices(actor)));
        programmes.setItems(calls.list(admin.allProgrammes(actor)));
        providers.setItems(calls.list(admin.allProviders(actor)));
    }

    private void editService(ServiceEntry existing) {
        List<Programme> allProgrammes = calls.list(admin.allProgrammes(actor));
        List<Provider> allProviders = calls.list(admin.allProviders(actor));
        List<ServiceEntry> allServices = calls.list(admin.allServices(actor));
        ServiceId id = existing == null ? new ServiceId(UUID.randomUUID()) : existing.id();
        List<ProviderId> previous = existing == null ? List.of() : existing.providerIds();
        var form = new ServiceForm(id, allProgrammes, allProviders, allServices);
        form.read(
                existing == null
                        ? ServiceForm.Draft.empty()
                        : ServiceForm.Draft.of(existing, allProgrammes, allProviders, allServices));
        open(
                existing == null ? "catalogue.admin.new-service" : "catalogue.admin.edit-service",
                form,
                draft -> admin.saveService(actor, draft.toEntry(id, previous)).map(ServiceEntry::name));
    }

    private void editProgramme(Programme existing) {
        ProgrammeId id = existing == null ? new ProgrammeId(UUID.randomUUID()) : existing.id();
        var form = new ProgrammeForm();
        form.read(existing == null ? ProgrammeForm.Draft.empty() : ProgrammeForm.Draft.of(existing));
        open(
                existing == null ? "catalogue.admin.new-programme" : "catalogue.admin.edit-programme",
                form,
                draft -> admin.saveProgramme(actor, draft.toProgramme(id)).map(Programme::name));
    }

    private void editProvider(Provider existing) {
        ProviderId id = existing == null ? new ProviderId(UUID.randomUUID()) : existing.id();
        var form = new ProviderForm();
        form.read(existing == null ? ProviderForm.Draft.empty() : ProviderForm.Draft.of(existing));
        open(
                existing == null ? "catalogue.admin.new-provider" : "catalogue.admin.edit-provider",
                form,
                draft -> admin.saveProvider(actor, draft.toProvider(id)).map(Provider::name));
    }

    private <D extends Record> void open(String titleKey, EntryForm<D> form, Function<D, Mono<String>> save) {
        new EntryEditor<>(getTranslation(titleKey), form, calls, save, this::saved).open();
    }

    private void saved(String name) {
        Notification.show(getTranslation("catalogue.admin.saved", name));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.admin.title");
    }
}
