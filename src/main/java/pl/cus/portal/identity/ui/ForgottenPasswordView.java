package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import pl.cus.portal.identity.Registrations;
import pl.cus.portal.shared.i18n.Languages;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/** A person who forgot the password asks for a reset link; the answer does not say whether the address has an account. */
@Route(value = IdentityNavigation.FORGOTTEN_PASSWORD, layout = ResidentLayout.class)
@AnonymousAllowed
class ForgottenPasswordView extends Div implements HasDynamicTitle {

    private final Registrations registrations;
    private final ServiceCalls calls;
    private final EmailField email = new EmailField();
    private final Feedback formError = new Feedback("reset-request-error");
    private final Paragraph sent = new Paragraph();
    private final Div form = new Div();

    ForgottenPasswordView(Registrations registrations, ServiceCalls calls) {
        this.registrations = registrations;
        this.calls = calls;
        addClassName("forgotten-password-view");
        email.setId("reset-email");
        email.setLabel(getTranslation("register.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        sent.setId("reset-sent");
        sent.addClassName("notice");
        sent.getElement().setAttribute("role", "status");
        sent.setText(getTranslation("identity.forgotten.sent"));
        sent.setVisible(false);
        var submit = new Button(getTranslation("identity.forgotten.submit"), click -> submit());
        submit.setId("request-reset");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new Paragraph(getTranslation("identity.forgotten.lead")), email, formError, submit);
        add(new H1(getTranslation("identity.forgotten.title")), sent, form);
    }

    private void submit() {
        formError.clear();
        var request = registrations.requestPasswordReset(
                email.getValue(), Languages.of(getLocale()).tag(), ClientAddress.current());
        if (calls.succeeded(request, formError, FieldErrors.none().with("email", email))) {
            form.setVisible(false);
            sent.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.forgotten.title");
    }
}
