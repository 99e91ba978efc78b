package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.identity.Registrations;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/** Where the reset link leads: a new password, once, within the link's validity. */
@Route(value = IdentityNavigation.RESET_PASSWORD, layout = ResidentLayout.class)
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Registrations registrations;
    private final ServiceCalls calls;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Feedback formError = new Feedback("reset-error");
    private final Paragraph done = new Paragraph();
    private final Div form = new Div();
    private @Nullable String token;

    ResetPasswordView(Registrations registrations, ServiceCalls calls) {
        this.registrations = registrations;
        this.calls = calls;
        addClassName("reset-password-view");
        password.setId("reset-password");
        password.setLabel(getTranslation("identity.password.new"));
        password.setHelperText(getTranslation("identity.password.new.help", Registration.MIN_PASSWORD));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setId("reset-repeat");
        repeat.setLabel(getTranslation("identity.password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        done.setId("reset-done");
        done.addClassName("notice");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);
        var submit = new Button(getTranslation("identity.reset.submit"), click -> submit());
        submit.setId("set-password");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new Paragraph(getTranslation("identity.reset.lead")), password, repeat, formError, submit);
        add(new H1(getTranslation("identity.reset.title")), done, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse(null);
    }

    private void submit() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        formError.clear();
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("identity.password.error.repeat"));
            repeat.setInvalid(true);
            formError.error(getTranslation("form.fix-errors"));
            return;
        }
        if (calls.succeeded(
                registrations.resetPassword(token, password.getValue()),
                formError,
                FieldErrors.none().with("password", password),
                Registration.MIN_PASSWORD)) {
            form.setVisible(false);
            done.setText(getTranslation("identity.reset.done"));
            done.setVisible(true);
            add(new Paragraph(new Anchor(IdentityNavigation.LOGIN, getTranslation("identity.confirm.sign-in"))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.reset.title");
    }
}
