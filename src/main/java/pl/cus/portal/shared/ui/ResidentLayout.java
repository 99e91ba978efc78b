package pl.cus.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;

/** The residents' portal: public pages and "my matters". Calm, plain, with a quick exit on every page. */
@AnonymousAllowed
public class ResidentLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    public ResidentLayout(
            PortalProperties portal, AuthenticationContext authentication, ObjectProvider<HeaderExtension> extensions) {
        addClassName("resident-layout");

        var skip = new Anchor("#main-content", getTranslation("layout.skip-to-content"));
        skip.addClassName("skip-link");

        var brand = new Anchor(".", portal.centreName());
        brand.addClassName("brand");

        var menu = new UnorderedList();
        Navigation.residentEntries().forEach(entry -> {
            var link = new Anchor(entry.path(), getTranslation(entry.title()));
            menu.add(new ListItem(link));
        });
        var nav = new Nav(menu);
        nav.setAriaLabel(getTranslation("layout.main-navigation"));

        var account = new Div();
        account.addClassName("account");
        Actors.current()
                .ifPresentOrElse(
                        actor -> {
                            account.add(signedIn(actor, authentication));
                            extensions
                                    .orderedStream()
                                    .forEach(extension ->
                                            extension.create(actor, false).ifPresent(account::addComponentAsFirst));
                        },
                        () -> {
                            account.add(new Anchor("login", getTranslation("layout.sign-in")));
                            account.add(new Anchor("portal/register", getTranslation("layout.register")));
                        });

        var quickExit = new QuickExit(getTranslation("layout.quick-exit"), getTranslation("layout.quick-exit.hint"));
        var header = new Header(
                skip, brand, nav, account, new LanguageSwitcher(), quickExit, quickExit.hint(), quickExit.status());
        header.addClassName("portal-header");

        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");

        var footer = new Footer(
                new Span(portal.centreName()),
                new Anchor("portal/accessibility", getTranslation("layout.accessibility")));
        footer.addClassName("portal-footer");

        add(header, main, footer);
    }

    private Component signedIn(Actor actor, AuthenticationContext authentication) {
        var name = new Span(actor.displayName());
        name.addClassName("account-name");
        var signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box =
                new Div(name, new Anchor("portal/account/password", getTranslation("identity.nav.password")), signOut);
        if (actor.isStaff()) {
            box.addComponentAsFirst(new Anchor("backoffice", getTranslation("layout.to-backoffice")));
        }
        return box;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }
}
