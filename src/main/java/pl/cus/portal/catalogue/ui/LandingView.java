package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.cus.portal.shared.ui.PortalProperties;
import pl.cus.portal.shared.ui.ResidentLayout;

/** The front door: what the centre offers, for everyone, and how to ask for it. */
@Route(value = "", layout = ResidentLayout.class)
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle {

    private final PortalProperties portal;

    LandingView(PortalProperties portal) {
        this.portal = portal;
        addClassName("landing");
        var intro = new Section(new H1(getTranslation("landing.title")), new Paragraph(getTranslation("landing.lead")),
                new Paragraph(getTranslation("landing.for-everyone")));
        intro.addClassName("landing-intro");

        var paths = new Div(
                path("landing.find.title", "landing.find.text"),
                path("landing.apply.title", "landing.apply.text"),
                path("landing.zazyciem.title", "landing.zazyciem.text"));
        paths.addClassName("landing-paths");

        var start = new Anchor("login", getTranslation("landing.sign-in"));
        start.addClassName("primary-link");
        var register = new Anchor("portal/register", getTranslation("landing.register"));
        register.addClassName("secondary-link");
        var actions = new Div(start, register);
        actions.addClassName("landing-actions");

        add(intro, paths, actions);
    }

    private Section path(String titleKey, String textKey) {
        var section = new Section(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        section.addClassName("landing-path");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title") + " — " + portal.centreName();
    }
}
