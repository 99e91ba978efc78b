package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.shared.ui.FieldErrors;

/** A written authorisation: what for, when granted, until when. */
class AuthorisationForm extends Div {

    /** The authorisation as typed. */
    public record Input(String purpose, LocalDate grantedOn, LocalDate validUntil) {

        Authorisation authorisation() {
            return new Authorisation(null, purpose, grantedOn, validUntil, null);
        }
    }

    AuthorisationForm(AssistancePage page) {
        var purpose = Fields.text("authorisation-purpose", getTranslation("assistance.authorisations.purpose"));
        purpose.setWidthFull();
        var granted = Fields.date(
                "authorisation-granted",
                getTranslation("assistance.authorisations.granted"),
                getLocale(),
                page.today());
        var until = Fields.date(
                "authorisation-until", getTranslation("assistance.authorisations.until"), getLocale(), null);
        var binder = new Binder<>(Input.class);
        binder.forField(purpose).bind("purpose");
        binder.forField(granted).bind("grantedOn");
        binder.forField(until).bind("validUntil");
        binder.readRecord(new Input("", page.today(), null));
        var fields = FieldErrors.none()
                .with("purpose", purpose)
                .with("grantedOn", granted)
                .with("validUntil", until);
        add(
                new H3(getTranslation("assistance.authorisations.add")),
                purpose,
                granted,
                until,
                Fields.button(
                        "authorisation-save",
                        getTranslation("assistance.authorisations.save"),
                        () -> page.save(
                                page.assistance()
                                        .recordAuthorisation(
                                                page.actor(),
                                                page.id(),
                                                Fields.written(binder).authorisation()),
                                getTranslation("assistance.authorisations.saved"),
                                fields)));
    }
}
