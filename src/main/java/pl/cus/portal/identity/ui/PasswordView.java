package pl.cus.portal.identity.ui;

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
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.PasswordAttemptsLocked;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;
import reactor.core.publisher.Mono;

/**
 * Every signed-in person, resident or staff, changes their own password here. Wrong current passwords count against
 * the sign-in allowance; after a change, the person's other sessions end (decision 0022).
 */
@Route(value = IdentityNavigation.PASSWORD, layout = ResidentLayout.class)
@PermitAll
class PasswordView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final ServiceCalls calls;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Feedback formError = new Feedback("password-error");
    private final Paragraph done = new Paragraph();

    PasswordView(Accounts accounts, ServiceCalls calls) {
        this.accounts = accounts;
        this.calls = calls;
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
        var fields = FieldErrors.none().with("currentPassword", current).with("newPassword", next);
        fields.clear();
        repeat.setInvalid(false);
        formError.clear();
        done.setVisible(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("identity.password.error.repeat"));
            repeat.setInvalid(true);
            formError.error(getTranslation("form.fix-errors"));
            return;
        }
        var self = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        // This browser stays signed in; every other session of the account ends.
        String session = VaadinSession.getCurrent().getSession().getId();
        var locked = new AtomicBoolean();
        var change = Mono.defer(() -> accounts.changePassword(self, current.getValue(), next.getValue(), session))
                .onErrorMap(PasswordAttemptsLocked.class, tooMany -> {
                    locked.set(true);
                    return new DomainException.TooManyRequests(
                            PasswordAttemptsLocked.MESSAGE_KEY,
                            Objects.requireNonNull(tooMany.getMessage(), "PasswordAttemptsLocked always has a message"),
                            tooMany.retryAfter());
                });
        if (calls.succeeded(change, formError, fields, Registration.MIN_PASSWORD)) {
            current.clear();
            next.clear();
            repeat.clear();
            done.setText(
                    getTranslation("identity.password.done") + " " + getTranslation("identity.password.done.others"));
            done.setVisible(true);
        } else if (locked.get()) {
            current.clear();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.password.title");
    }
}
