package pl.cus.portal.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Map;
import pl.cus.portal.identity.Registration;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/** How the registration and password forms show a refusal: on its field, or above the button. */
final class AccountRequestErrors {

    private AccountRequestErrors() {}

    static void show(Component view, DomainException refused, Map<String, HasValidation> fields, Paragraph formError) {
        if (refused instanceof InvalidInput invalid) {
            invalid.errors().forEach(error -> {
                HasValidation field = fields.get(error.field());
                String text = view.getTranslation(error.messageKey(), Registration.MIN_PASSWORD);
                if (field != null) {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                } else {
                    formError.setText(text);
                }
            });
            if (formError.getText().isEmpty()) {
                formError.setText(view.getTranslation("form.fix-errors"));
            }
        } else if (refused instanceof DomainException.TooManyRequests tooMany) {
            formError.setText(
                    view.getTranslation(tooMany.messageKey(), Math.max(1, (tooMany.retryAfterSeconds() + 59) / 60)));
        } else {
            formError.setText(view.getTranslation(refused.messageKey()));
        }
    }

    /** The visitor's network address, for the per-client limit; null outside a request. */
    static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
