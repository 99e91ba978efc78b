package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.StaffLayout;

/** The back office's start page. */
@Route(value = "backoffice", layout = StaffLayout.class)
@Menu(title = "nav.backoffice-home", order = 0)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR", "ADMIN"})
class StaffHomeView extends Div implements HasDynamicTitle {

    StaffHomeView() {
        addClassName("staff-home");
        String name = Actors.current().map(actor -> actor.displayName()).orElse("");
        add(new H1(getTranslation("backoffice.welcome", name)), new Paragraph(getTranslation("backoffice.intro")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.page-title");
    }
}
