package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.UUID;
import pl.cus.portal.catalogue.CatalogueBrowser;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ServiceDetails;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/** One service in full: what it is, for whom, on what terms, who delivers it where, and how to ask for it. */
@Route(value = CataloguePaths.SERVICES + "/:serviceId", layout = ResidentLayout.class)
@AnonymousAllowed
class ServiceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueBrowser browser;
    private final ServiceCalls calls;
    private String title = "";

    ServiceView(CatalogueBrowser browser, ServiceCalls calls) {
        this.browser = browser;
        this.calls = calls;
        addClassName("catalogue-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ServiceDetails> found = event.getRouteParameters()
                .get("serviceId")
                .flatMap(ServiceView::parse)
                .flatMap(id -> calls.find(browser.service(id)));
        if (found.isEmpty()) {
            notFound();
            return;
        }
        removeAll();
        render(found.get());
    }

    private void render(ServiceDetails details) {
        var service = details.service();
        title = service.name();

        var back = new Anchor(CataloguePaths.SERVICES, getTranslation("catalogue.service.back"));
        back.addClassName("catalogue-back");
        var heading = new H1(service.name());
        heading.setId("service-name");
        var lead = new Paragraph(service.summary());
        lead.addClassName("catalogue-lead");

        var request =
                new Anchor(CataloguePaths.requestService(service.id()), getTranslation("catalogue.service.request"));
        request.setId("catalogue-request");
        request.addClassName("primary-link");
        var requestHelp = new Paragraph(getTranslation("catalogue.service.request-help"));
        requestHelp.addClassName("catalogue-request-help");
        var cta = new Div(request, requestHelp);
        cta.addClassName("catalogue-cta");

        add(back, heading, lead, cta);
        if (service.description() != null) {
            add(section(
                    "catalogue-description", "catalogue.service.description", new Paragraph(service.description())));
        }

        var facts = new DescriptionList();
        facts.add(
                term("catalogue.service.area"),
                description(getTranslation(service.area().messageKey())));
        facts.add(
                term("catalogue.service.programme"),
                description(
                        details.programme() == null
                                ? new Paragraph(getTranslation("catalogue.service.no-programme"))
                                : new Anchor(
                                        CataloguePaths.programme(
                                                details.programme().id()),
                                        details.programme().name())));
        facts.add(
                term("catalogue.service.conditions"),
                description(CatalogueTexts.blankToDash(service.formalConditions())));
        facts.add(term("catalogue.service.fees"), description(CatalogueTexts.blankToDash(service.fees())));
        facts.add(
                term("catalogue.service.languages"),
                description(CatalogueTexts.languages(service.languages(), getLocale())));
        if (!service.situations().isEmpty()) {
            facts.add(
                    term("catalogue.service.situations"),
                    description(String.join(
                            ", ",
                            service.situations().stream()
                                    .sorted()
                                    .map(s -> getTranslation(s.messageKey()))
                                    .toList())));
        }
        facts.addClassName("catalogue-facts");
        add(section("catalogue-terms", "catalogue.service.terms", facts));

        var providers = new UnorderedList();
        providers.addClassName("catalogue-providers");
        details.providers().forEach(provider -> providers.add(provider(provider)));
        add(section("catalogue-providers", "catalogue.service.providers", providers));

        if (!details.excludes().isEmpty()) {
            var excludes = new UnorderedList();
            details.excludes()
                    .forEach(other ->
                            excludes.add(new ListItem(new Anchor(CataloguePaths.service(other.id()), other.name()))));
            add(section(
                    "catalogue-excludes",
                    "catalogue.service.excludes",
                    new Paragraph(getTranslation("catalogue.service.excludes-help")),
                    excludes));
        }
    }

    private Component provider(Provider provider) {
        var item = new ListItem();
        item.setId("provider-" + provider.id());
        item.addClassName("catalogue-provider");
        item.add(new H3(provider.name()));
        var facts = new DescriptionList();
        facts.add(
                term("catalogue.provider.kind"),
                description(getTranslation(provider.kind().messageKey())));
        facts.add(
                term("catalogue.provider.address"),
                description(
                        provider.district() == null
                                ? provider.address()
                                : provider.address() + " (" + provider.district() + ")"));
        if (provider.contactPerson() != null) {
            facts.add(term("catalogue.provider.contact"), description(provider.contactPerson()));
        }
        if (provider.phone() != null) {
            facts.add(
                    term("catalogue.provider.phone"),
                    description(new Anchor("tel:" + provider.phone().replaceAll("[^+0-9]", ""), provider.phone())));
        }
        if (provider.email() != null) {
            facts.add(
                    term("catalogue.provider.email"),
                    description(new Anchor("mailto:" + provider.email(), provider.email())));
        }
        if (provider.hasWebLink()) {
            var link = new Anchor(provider.website().strip(), provider.website().strip());
            link.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(term("catalogue.provider.website"), description(link));
        } else if (provider.website() != null && !provider.website().isBlank()) {
            // Stored before addresses were checked: shown as text, never as a link (javascript:, data:, ...).
            facts.add(term("catalogue.provider.website"), description(provider.website()));
        }
        if (provider.openingHours() != null) {
            facts.add(term("catalogue.provider.hours"), description(provider.openingHours()));
        }
        if (provider.accessibility() != null) {
            facts.add(term("catalogue.provider.accessibility"), description(provider.accessibility()));
        }
        facts.add(
                term("catalogue.provider.languages"),
                description(CatalogueTexts.languages(provider.languages(), getLocale())));
        item.add(facts);
        return item;
    }

    /** A calm page rather than the framework's error: a shared link may point at a service that has ended. */
    private void notFound() {
        removeAll();
        title = getTranslation("catalogue.service.not-found-title");
        var heading = new H1(title);
        heading.setId("catalogue-not-found");
        add(
                heading,
                new Paragraph(getTranslation("catalogue.service.not-found")),
                new Anchor(CataloguePaths.SERVICES, getTranslation("catalogue.service.back")));
    }

    private Section section(String id, String headingKey, Component... content) {
        var section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        section.setId(id);
        section.addClassName("catalogue-section");
        return section;
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private static DescriptionList.Description description(String text) {
        return new DescriptionList.Description(text);
    }

    private static DescriptionList.Description description(Component component) {
        return new DescriptionList.Description(component);
    }

    private static Optional<ServiceId> parse(String raw) {
        try {
            return Optional.of(new ServiceId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty()
                ? getTranslation("catalogue.services.title")
                : title + " — " + getTranslation("catalogue.services.title");
    }
}
