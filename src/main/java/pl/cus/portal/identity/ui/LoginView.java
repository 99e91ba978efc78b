package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;
import pl.cus.portal.identity.internal.OidcSignInOption;
import pl.cus.portal.shared.ui.ResidentLayout;

/** One sign-in page for residents and staff; after it, {@code /start} sends each to their own layout. */
@Route(value = "login", layout = ResidentLayout.class)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph registered = new Paragraph();

    private final Paragraph externalError = new Paragraph();

    LoginView(Environment environment, OidcSignInOption oidc) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        registered.setText(getTranslation("login.registered"));
        registered.addClassName("notice");
        registered.getElement().setAttribute("role", "status");
        externalError.setId("oidc-error");
        externalError.addClassName("form-error");
        externalError.getElement().setAttribute("role", "alert");
        externalError.setText(getTranslation("identity.login.oidc-error"));
        add(new H1(getTranslation("login.title")), registered, externalError, form);
        // The second sign-in path, only when an identity provider is configured (decision 0012).
        oidc.button().ifPresent(button -> {
            var link = new Anchor(button.path(), button.label().orElseGet(() -> getTranslation("identity.login.oidc")));
            link.setId("oidc-sign-in");
            link.addClassName("oidc-sign-in");
            // A server endpoint that redirects to the provider, not a Vaadin route.
            link.setRouterIgnore(true);
            var or = new Paragraph(getTranslation("identity.login.oidc-or"));
            or.addClassName("sign-in-or");
            add(or, new Div(link));
        });
        add(new Paragraph(new Anchor("portal/register", getTranslation("login.no-account"))));
        add(new Paragraph(
                new Anchor(IdentityNavigation.FORGOTTEN_PASSWORD, getTranslation("identity.login.forgotten"))));
        if (environment.getProperty("cus.demo-data", Boolean.class, false)) {
            var demo = new Paragraph(getTranslation("login.demo-accounts"));
            demo.addClassName("demo-hint");
            add(demo);
        }
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.form-title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("throttled")) {
            // Too many failed attempts (decision 0022): say why this one was refused, not "wrong password".
            showError("identity.login.throttled.title", "identity.login.throttled.message");
        } else if (parameters.containsKey("refused")) {
            // No valid CSRF token, or sent from another site (decision 0022): nobody was signed in.
            showError("identity.login.refused.title", "identity.login.refused.message");
        }
        registered.setVisible(parameters.containsKey("registered"));
        externalError.setVisible(parameters.containsKey(OidcSignInOption.FAILED));
    }

    private void showError(String titleKey, String messageKey) {
        var i18n = i18n();
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(titleKey));
        error.setMessage(getTranslation(messageKey));
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
