package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import pl.cus.portal.shared.Actors;

/** The staff back office: dense, navigation in a drawer, who is signed in and in which role always visible. */
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR", "ADMIN"})
public class StaffLayout extends AppLayout {

    public StaffLayout(
            PortalProperties portal, AuthenticationContext authentication, ObjectProvider<HeaderExtension> extensions) {
        addClassName("staff-layout");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        var title = new Anchor("backoffice", getTranslation("layout.backoffice-title", portal.centreName()));
        title.addClassName("staff-title");

        var user = new Div();
        user.addClassName("staff-user");
        Actors.current().ifPresent(actor -> {
            String roles = String.join(
                    ", ",
                    actor.roles().stream()
                            .map(role -> getTranslation("role." + role.name()))
                            .sorted()
                            .toList());
            user.add(new Span(actor.displayName() + " · " + roles));
            extensions
                    .orderedStream()
                    .forEach(extension -> extension.create(actor, true).ifPresent(user::add));
        });
        var portalLink = new Anchor(".", getTranslation("layout.to-portal"));
        var signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        user.add(
                portalLink,
                new Anchor("portal/account/password", getTranslation("identity.nav.password")),
                new LanguageSwitcher(),
                signOut);

        addToNavbar(toggle, title, user);

        var nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.backoffice-navigation"));
        Navigation.staffEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
    }
}
