package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.Map;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.PasswordAttemptsLocked;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.ui.ResidentLayout;

/**
 * Every signed-in person, resident or staff, changes their own password here. Wrong current passwords count against
 * the sign-in allowance; after a change, the person's other sessions end (decision 0022).
 */
@Route(value = IdentityNavigation.PASSWORD, layout = ResidentLayout.class)
@PermitAll
class PasswordView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph formError = new Paragraph();
    private final Paragraph done = new Paragraph();

    PasswordView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("password-view");
        current.setId("current-password");
        current.setLabel(getTranslation("identity.password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setId("new-password");
        next.setLabel(getTranslation("identity.password.new"));
        next.setHelperText(getTranslation("identity.password.new.help", Registration.MIN_PASSWORD));
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("identity.password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        formError.setId("password-error");
        formError.addClassName("form-error");
        formError.getElement().setAttribute("role", "alert");
        done.setId("password-done");
        done.addClassName("notice");
        done.getElement().setAttribute("role", "status");
        done.setVisible(false);

        var submit = new Button(getTranslation("identity.password.submit"), click -> submit());
        submit.setId("change-password");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(
                new H1(getTranslation("identity.password.title")),
                new Paragraph(getTranslation("identity.password.lead")),
                done,
                current,
                next,
                repeat,
                formError,
                submit);
    }

    private void submit() {
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", next);
        fields.values().forEach(field -> field.setInvalid(false));
        repeat.setInvalid(false);
        formError.setText("");
        done.setVisible(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("identity.password.error.repeat"));
            repeat.setInvalid(true);
            formError.setText(getTranslation("form.fix-errors"));
            return;
        }
        var self = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        try {
            // This browser stays signed in; every other session of the account ends.
            String session = VaadinSession.getCurrent().getSession().getId();
            accounts.changePassword(self, current.getValue(), next.getValue(), session)
                    .block(Duration.ofSeconds(15));
            current.clear();
            next.clear();
            repeat.clear();
            done.setText(
                    getTranslation("identity.password.done") + " " + getTranslation("identity.password.done.others"));
            done.setVisible(true);
        } catch (PasswordAttemptsLocked locked) {
            current.clear();
            formError.setText(getTranslation(PasswordAttemptsLocked.MESSAGE_KEY, locked.retryAfterMinutes()));
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> {
                HasValidation field = fields.get(error.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(error.messageKey(), Registration.MIN_PASSWORD));
                    field.setInvalid(true);
                }
            });
            formError.setText(getTranslation("form.fix-errors"));
        } catch (DomainException refused) {
            formError.setText(getTranslation(refused.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.password.title");
    }
}
