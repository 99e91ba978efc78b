package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.identity.Registrations;
import pl.cus.portal.shared.i18n.Languages;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/**
 * A resident opens an account with an e-mail address and a password. Nothing else is asked here. The answer is the
 * same whether or not the address has an account: the mail to it says which (issue 14).
 */
@Route(value = IdentityNavigation.REGISTER, layout = ResidentLayout.class)
@AnonymousAllowed
class RegisterView extends Div implements HasDynamicTitle {

    private final Registrations registrations;
    private final ServiceCalls calls;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Feedback formError = new Feedback("register-error");
    private final Paragraph sent = new Paragraph();
    private final Div form = new Div();

    RegisterView(Registrations registrations, ServiceCalls calls) {
        this.registrations = registrations;
        this.calls = calls;
        addClassName("register-view");
        name.setLabel(getTranslation("register.name"));
        name.setHelperText(getTranslation("register.name.help"));
        name.setMaxLength(120);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("register.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help", Registration.MIN_PASSWORD));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        var submit = new Button(getTranslation("register.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        sent.setId("registration-sent");
        sent.addClassName("notice");
        sent.getElement().setAttribute("role", "status");
        sent.setText(getTranslation("identity.registration.sent"));
        sent.setVisible(false);
        form.add(new Paragraph(getTranslation("register.lead")), name, email, password, formError, submit);
        add(new H1(getTranslation("register.title")), sent, form);
    }

    private void submit() {
        var fields = FieldErrors.none()
                .with("displayName", name)
                .with("email", email)
                .with("password", password);
        formError.clear();
        var registration = new Registration(
                email.getValue(),
                password.getValue(),
                name.getValue(),
                Languages.of(getLocale()).tag());
        if (calls.succeeded(
                registrations.register(registration, ClientAddress.current()),
                formError,
                fields,
                Registration.MIN_PASSWORD)) {
            form.setVisible(false);
            sent.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
