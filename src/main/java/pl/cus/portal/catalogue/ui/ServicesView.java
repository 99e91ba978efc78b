package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.CatalogueBrowser;
import pl.cus.portal.catalogue.CatalogueQuery;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceDetails;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * The public catalogue: search by words, need, area of life, place and kind of provider. The filters live in the URL
 * ({@code ?need=expecting-baby&district=Zatorze}), so a search can be shared and Back returns to the previous one.
 */
@Route(value = CataloguePaths.SERVICES, layout = ResidentLayout.class)
@Menu(title = "catalogue.nav.services", order = 10)
@AnonymousAllowed
class ServicesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueBrowser browser;
    private final ServiceCalls calls;
    private final TextField text = new TextField();
    private final Select<LifeSituation> need = new Select<>();
    private final Select<AreaOfLife> area = new Select<>();
    private final Select<String> district = new Select<>();
    private final Select<ProviderKind> providerKind = new Select<>();
    private final Feedback count = new Feedback("catalogue-count");
    private final UnorderedList results = new UnorderedList();
    private final Paragraph empty = new Paragraph();

    ServicesView(CatalogueBrowser browser, Catalogue catalogue, ServiceCalls calls) {
        this.browser = browser;
        this.calls = calls;
        addClassName("catalogue-view");

        text.setId("catalogue-search");
        text.setLabel(getTranslation("catalogue.search.label"));
        text.setHelperText(getTranslation("catalogue.search.help"));
        text.setClearButtonVisible(true);
        text.setMaxLength(CatalogueQuery.TEXT_MAX);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.addKeyPressListener(Key.ENTER, event -> search());

        configure(
                need,
                "catalogue-need",
                "catalogue.filter.need",
                List.of(LifeSituation.values()),
                situation -> getTranslation(situation.messageKey()));
        configure(
                area,
                "catalogue-area",
                "catalogue.filter.area",
                List.of(AreaOfLife.values()),
                value -> getTranslation(value.messageKey()));
        configure(
                district,
                "catalogue-district",
                "catalogue.filter.district",
                calls.list(catalogue.districts()),
                value -> value);
        configure(
                providerKind,
                "catalogue-provider",
                "catalogue.filter.provider",
                List.of(ProviderKind.values()),
                kind -> getTranslation(kind.messageKey()));

        var submit = new Button(getTranslation("catalogue.search.submit"), click -> search());
        submit.setId("catalogue-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var clear = new Anchor(CataloguePaths.SERVICES, getTranslation("catalogue.search.clear"));
        clear.setId("catalogue-clear");
        clear.addClassName("catalogue-clear");

        var filters = new Div(need, area, district, providerKind);
        filters.addClassName("catalogue-filters");
        var actions = new Div(submit, clear);
        actions.addClassName("catalogue-actions");
        var form = new Section(text, filters, actions);
        form.addClassName("catalogue-form");
        form.getElement().setAttribute("role", "search");
        form.getElement().setAttribute("aria-label", getTranslation("catalogue.search.region"));

        count.addClassName("catalogue-count");
        results.setId("catalogue-results");
        results.addClassName("catalogue-results");
        results.getElement().setAttribute("aria-labelledby", "catalogue-count");
        empty.addClassName("catalogue-empty");
        empty.setText(getTranslation("catalogue.results.none-help"));

        var programmes = new Anchor(CataloguePaths.PROGRAMMES, getTranslation("catalogue.services.to-programmes"));
        add(
                new H1(getTranslation("catalogue.services.title")),
                new Paragraph(getTranslation("catalogue.services.lead")),
                form,
                count,
                results,
                empty,
                new Paragraph(programmes));
    }

    private <T> void configure(
            Select<T> select,
            String id,
            String labelKey,
            List<T> items,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("catalogue.filter.any"));
        select.setItemLabelGenerator(
                value -> value == null ? getTranslation("catalogue.filter.any") : labels.apply(value));
        select.addValueChangeListener(this::filterChanged);
    }

    private void filterChanged(AbstractField.ComponentValueChangeEvent<?, ?> event) {
        if (event.isFromClient()) {
            search();
        }
    }

    /** Puts the form into the URL; {@link #beforeEnter} then shows the results, also on Back and Forward. */
    private void search() {
        var query = new CatalogueQuery(
                text.getValue(), need.getValue(), area.getValue(), district.getValue(), providerKind.getValue());
        getUI().ifPresent(ui -> ui.navigate(CataloguePaths.SERVICES, QueryParameters.simple(query.toParameters())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CatalogueQuery query = read(event.getLocation().getQueryParameters());
        text.setValue(query.text() == null ? "" : query.text());
        need.setValue(query.situation());
        area.setValue(query.area());
        district.setValue(
                query.district() != null && district.getListDataView().contains(query.district())
                        ? query.district()
                        : null);
        providerKind.setValue(query.providerKind());
        show(calls.list(browser.search(query)));
    }

    /** A link with a mistyped filter still shows the catalogue, without that filter. */
    static CatalogueQuery read(QueryParameters parameters) {
        Map<String, String> values = new HashMap<>(parameters.getParameters().entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().getFirst())));
        try {
            return CatalogueQuery.fromParameters(values::get);
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> values.remove(error.field()));
            return CatalogueQuery.fromParameters(values::get);
        }
    }

    private void show(List<ServiceDetails> found) {
        results.removeAll();
        found.forEach(details -> results.add(card(details)));
        count.ok(getTranslation(
                "catalogue.results.count." + CatalogueTexts.plural(found.size(), getLocale()), found.size()));
        results.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
    }

    private Component card(ServiceDetails details) {
        var service = details.service();
        var title = new Anchor(CataloguePaths.service(service.id()), service.name());
        title.setId("service-link-" + service.id());
        var heading = new H2(title);
        heading.addClassName("catalogue-card-title");

        var meta = new Div();
        meta.addClassName("catalogue-card-meta");
        meta.add(tag(getTranslation(service.area().messageKey())));
        if (details.programme() != null) {
            meta.add(tag(getTranslation(
                    "catalogue.card.programme", details.programme().name())));
        }

        String where = details.providers().stream()
                .map(provider -> provider.district() == null
                        ? provider.name()
                        : provider.name() + " (" + provider.district() + ")")
                .collect(Collectors.joining("; "));
        var providers = new Paragraph(getTranslation("catalogue.card.providers", where));
        providers.addClassName("catalogue-card-providers");
        var languages = new Paragraph(
                getTranslation("catalogue.card.languages", CatalogueTexts.languages(service.languages(), getLocale())));
        languages.addClassName("catalogue-card-languages");

        var item = new ListItem(heading, new Paragraph(service.summary()), meta, providers, languages);
        item.setId("service-" + service.id());
        item.addClassName("catalogue-card");
        return item;
    }

    private static Span tag(String text) {
        var span = new Span(text);
        span.addClassName("catalogue-tag");
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.services.title");
    }
}
