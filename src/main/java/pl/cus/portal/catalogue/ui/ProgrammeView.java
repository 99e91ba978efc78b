package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import pl.cus.portal.catalogue.CatalogueBrowser;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeDetails;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/** A programme with everything art. 5 of the CUS act says residents should know, and its services. */
@Route(value = CataloguePaths.PROGRAMMES + "/:programmeId", layout = ResidentLayout.class)
@AnonymousAllowed
class ProgrammeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueBrowser browser;
    private final ServiceCalls calls;
    private String title = "";

    ProgrammeView(CatalogueBrowser browser, ServiceCalls calls) {
        this.browser = browser;
        this.calls = calls;
        addClassName("catalogue-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ProgrammeDetails> found = event.getRouteParameters()
                .get("programmeId")
                .flatMap(ProgrammeView::parse)
                .flatMap(id -> calls.find(browser.programme(id)));
        if (found.isEmpty()) {
            notFound();
            return;
        }
        removeAll();
        render(found.get());
    }

    private void render(ProgrammeDetails details) {
        Programme programme = details.programme();
        title = programme.name();
        var back = new Anchor(CataloguePaths.PROGRAMMES, getTranslation("catalogue.programme.back"));
        back.addClassName("catalogue-back");
        var heading = new H1(programme.name());
        heading.setId("programme-name");
        add(back, heading);
        add(section("programme-goal", "catalogue.programme.goal", new Paragraph(programme.goal())));
        add(section(
                "programme-period",
                "catalogue.programme.period",
                new Paragraph(period(programme, getLocale(), this::getTranslation))));
        var target = new Paragraph(programme.targetGroup());
        add(
                programme.expectedParticipants() == null
                        ? section("programme-target", "catalogue.programme.target", target)
                        : section(
                                "programme-target",
                                "catalogue.programme.target",
                                target,
                                new Paragraph(getTranslation(
                                        "catalogue.programme.expected", programme.expectedParticipants()))));

        var services = new UnorderedList();
        services.setId("programme-services");
        details.services()
                .forEach(service ->
                        services.add(new ListItem(new Anchor(CataloguePaths.service(service.id()), service.name()))));
        add(section("programme-services-section", "catalogue.programme.services", services));

        add(section(
                "programme-qualification",
                "catalogue.programme.qualification",
                new Paragraph(programme.qualification())));
        add(section("programme-procedure", "catalogue.programme.procedure", new Paragraph(programme.procedure())));
        add(section("programme-fees", "catalogue.programme.fees", new Paragraph(programme.fees())));
        if (programme.documents() != null) {
            add(section("programme-documents", "catalogue.programme.documents", new Paragraph(programme.documents())));
        }
        var data = new UnorderedList();
        programme.personalData().forEach(item -> data.add(new ListItem(item)));
        add(section(
                "programme-personal-data",
                "catalogue.programme.personal-data",
                new Paragraph(getTranslation("catalogue.programme.personal-data-help")),
                data));

        var apply = new Anchor(CataloguePaths.APPLY, getTranslation("catalogue.programme.apply"));
        apply.setId("programme-apply");
        apply.addClassName("primary-link");
        add(new Div(apply));
    }

    static String period(Programme programme, Locale locale, BiFunction<String, Object[], String> translate) {
        var formats = Formats.of(locale);
        String start = formats.date(programme.periodStart());
        return programme.periodEnd() == null
                ? translate.apply("catalogue.programme.period-open", new Object[] {start})
                : translate.apply(
                        "catalogue.programme.period-range", new Object[] {start, formats.date(programme.periodEnd())});
    }

    /** A calm page rather than the framework's error: a shared link may point at a service that has ended. */
    private void notFound() {
        removeAll();
        title = getTranslation("catalogue.programme.not-found-title");
        var heading = new H1(title);
        heading.setId("catalogue-not-found");
        add(
                heading,
                new Paragraph(getTranslation("catalogue.programme.not-found")),
                new Anchor(CataloguePaths.PROGRAMMES, getTranslation("catalogue.programme.back")));
    }

    private Section section(String id, String headingKey, Component... content) {
        var section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        section.setId(id);
        section.addClassName("catalogue-section");
        return section;
    }

    private static Optional<ProgrammeId> parse(String raw) {
        try {
            return Optional.of(new ProgrammeId(UUID.fromString(raw)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("catalogue.programmes.title") : title;
    }
}
