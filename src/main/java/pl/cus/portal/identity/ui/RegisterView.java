package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.Map;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.i18n.Languages;
import pl.cus.portal.shared.ui.ResidentLayout;

/** A resident opens an account with an e-mail address and a password. Nothing else is asked here. */
@Route(value = IdentityNavigation.REGISTER, layout = ResidentLayout.class)
@AnonymousAllowed
class RegisterView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Paragraph formError = new Paragraph();

    RegisterView(Accounts accounts) {
        this.accounts = accounts;
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
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");

        var submit = new Button(getTranslation("register.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("register.title")), new Paragraph(getTranslation("register.lead")),
                name, email, password, formError, submit);
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("displayName", name, "email", email, "password", password);
        fields.values().forEach(field -> field.setInvalid(false));
        formError.setText("");
        var registration = new Registration(email.getValue(), password.getValue(), name.getValue(),
                Languages.of(getLocale()).tag());
        try {
            accounts.register(registration).block(Duration.ofSeconds(15));
            getUI().ifPresent(ui -> ui.navigate(IdentityNavigation.LOGIN, QueryParameters.of("registered", "")));
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(error.messageKey(), Registration.MIN_PASSWORD));
                    field.setInvalid(true);
                }
            });
            formError.setText(getTranslation("form.fix-errors"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
