package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import pl.cus.portal.shared.Actors;

/** Where sign-in lands: staff go to the back office, residents to the portal. */
@Route("start")
@PermitAll
class StartView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean staff = Actors.current().map(actor -> actor.isStaff()).orElse(false);
        event.forwardTo(staff ? IdentityNavigation.BACKOFFICE_HOME : IdentityNavigation.RESIDENT_HOME);
    }
}
