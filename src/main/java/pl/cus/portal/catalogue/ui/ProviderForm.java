package pl.cus.portal.catalogue.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import pl.cus.portal.catalogue.CatalogueInput;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;

/** An organisation that delivers services: where it is, whom to ask, how to reach it. */
final class ProviderForm extends EntryForm<ProviderForm.Draft> {

    /** The form's values; the languages as typed ("pl, uk"). */
    public record Draft(
            String name,
            ProviderKind kind,
            String street,
            String postalCode,
            String city,
            String district,
            String contactPerson,
            String phone,
            String email,
            String website,
            String openingHours,
            String accessibility,
            String languages) {

        static Draft empty() {
            return new Draft(null, null, null, null, null, null, null, null, null, null, null, null, "pl");
        }

        static Draft of(Provider provider) {
            return new Draft(
                    provider.name(),
                    provider.kind(),
                    provider.street(),
                    provider.postalCode(),
                    provider.city(),
                    provider.district(),
                    provider.contactPerson(),
                    provider.phone(),
                    provider.email(),
                    provider.website(),
                    provider.openingHours(),
                    provider.accessibility(),
                    CatalogueInput.languageText(provider.languages()));
        }

        Provider toProvider(ProviderId id) {
            return new Provider(
                    id,
                    name,
                    kind,
                    street,
                    CatalogueInput.blankToNull(postalCode),
                    city,
                    CatalogueInput.blankToNull(district),
                    CatalogueInput.blankToNull(contactPerson),
                    CatalogueInput.blankToNull(phone),
                    CatalogueInput.blankToNull(email),
                    CatalogueInput.blankToNull(website),
                    CatalogueInput.blankToNull(openingHours),
                    CatalogueInput.blankToNull(accessibility),
                    CatalogueInput.languageTags(languages));
        }
    }

    ProviderForm() {
        super(Draft.class);
        bind("name", text("catalogue.admin.name"), REQUIRED, true);
        var kind = new Select<ProviderKind>();
        kind.setLabel(getTranslation("catalogue.provider.kind"));
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        bind("kind", kind, "catalogue.error.kind", false);
        bind("street", text("catalogue.admin.street"), REQUIRED, false);
        bind("postalCode", text("catalogue.admin.postal-code"), null, false);
        bind("city", text("catalogue.admin.city"), REQUIRED, false);
        bind("district", text("catalogue.filter.district"), null, false);
        bind("contactPerson", text("catalogue.provider.contact"), null, false);
        bind("phone", text("catalogue.provider.phone"), null, false);
        bind("email", new EmailField(getTranslation("catalogue.provider.email")), null, false);
        bind("website", text("catalogue.provider.website"), null, false);
        bind("openingHours", text("catalogue.provider.hours"), null, true);
        bind("accessibility", area("catalogue.provider.accessibility"), null, true);
        bind("languages", languages(), null, false);
    }
}
