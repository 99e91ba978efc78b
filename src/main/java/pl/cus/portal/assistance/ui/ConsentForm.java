package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.shared.ui.FieldErrors;

/** The family's written consent, which starts the assistance. */
class ConsentForm extends Div {

    ConsentForm(AssistancePage page) {
        var consentOn =
                Fields.date("consent-date", getTranslation("assistance.consent.date"), getLocale(), page.today());
        consentOn.setMax(page.today());
        var court = new Checkbox(getTranslation("assistance.consent.court"));
        court.setId("consent-court");
        var referred =
                Fields.date("consent-referred", getTranslation("assistance.consent.referred"), getLocale(), null);
        referred.setHelperText(getTranslation("assistance.consent.referred-help"));
        var documents =
                Fields.date("consent-documents", getTranslation("assistance.consent.documents"), getLocale(), null);
        var binder = new Binder<>(Consent.class);
        binder.forField(consentOn).bind("consentOn");
        binder.forField(court).bind("courtOrdered");
        binder.forField(referred).bind("referredOn");
        binder.forField(documents).bind("documentsReceivedOn");
        var fields = FieldErrors.none()
                .with("consentOn", consentOn)
                .with("referredOn", referred)
                .with("documentsReceivedOn", documents);
        add(
                new Div(consentOn),
                new Div(court),
                new Div(referred),
                new Div(documents),
                Fields.primary(
                        "consent-save",
                        getTranslation("assistance.consent.save"),
                        () -> page.save(
                                page.assistance().recordConsent(page.actor(), page.id(), Fields.written(binder)),
                                getTranslation("assistance.consent.saved"),
                                fields)));
    }
}
