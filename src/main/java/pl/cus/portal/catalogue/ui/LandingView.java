package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import pl.cus.portal.catalogue.CatalogueQuery;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.shared.ui.PortalProperties;
import pl.cus.portal.shared.ui.ResidentLayout;

/** The front door: what the centre offers, for everyone, and how to ask for it. */
@Route(value = "", layout = ResidentLayout.class)
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle {

    /** The needs most residents come with, one click from the front page. */
    static final List<LifeSituation> NEED_SHORTCUTS =
            List.of(LifeSituation.EXPECTING_BABY, LifeSituation.CARING_FOR_PARENT, LifeSituation.CHILD_WITH_DISABILITY);

    private final PortalProperties portal;

    LandingView(PortalProperties portal) {
        this.portal = portal;
        addClassName("landing");
        var intro = new Section(
                new H1(getTranslation("landing.title")),
                new Paragraph(getTranslation("landing.lead")),
                new Paragraph(getTranslation("landing.for-everyone")));
        intro.addClassName("landing-intro");

        var find = path("landing.find.title", "landing.find.text", CataloguePaths.SERVICES, "landing-find");
        var needs = new UnorderedList();
        needs.addClassName("landing-needs");
        needs.getElement().setAttribute("aria-label", getTranslation("catalogue.landing.needs"));
        for (LifeSituation situation : NEED_SHORTCUTS) {
            var link = new Anchor(
                    CataloguePaths.SERVICES + "?need=" + CatalogueQuery.slug(situation),
                    getTranslation(situation.messageKey()));
            link.setId("landing-need-" + CatalogueQuery.slug(situation));
            needs.add(new ListItem(link));
        }
        find.add(new Paragraph(getTranslation("catalogue.landing.needs")), needs);
        var paths = new Div(
                find,
                path("landing.apply.title", "landing.apply.text", CataloguePaths.APPLY, "landing-apply"),
                path(
                        "landing.zazyciem.title",
                        "landing.zazyciem.text",
                        CataloguePaths.APPLY_ZA_ZYCIEM,
                        "landing-za-zyciem"));
        paths.addClassName("landing-paths");

        var start = new Anchor("login", getTranslation("landing.sign-in"));
        start.addClassName("primary-link");
        var register = new Anchor("portal/register", getTranslation("landing.register"));
        register.addClassName("secondary-link");
        var actions = new Div(start, register);
        actions.addClassName("landing-actions");

        add(intro, paths, actions);
    }

    /** A path whose heading is the link, so that its name says where it leads. */
    private Section path(String titleKey, String textKey, String target, String id) {
        var link = new Anchor(target, getTranslation(titleKey));
        link.setId(id);
        var section = new Section(new H2(link), new Paragraph(getTranslation(textKey)));
        section.addClassName("landing-path");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title") + " — " + portal.centreName();
    }
}
