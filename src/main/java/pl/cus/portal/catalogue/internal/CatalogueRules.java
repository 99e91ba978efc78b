package pl.cus.portal.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

/** What a catalogue entry must satisfy before it is saved; every broken rule is named at once. */
final class CatalogueRules {

    static final int NAME_MAX = 200;
    static final int SHORT_MAX = 500;
    static final int TEXT_MAX = 5000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    private CatalogueRules() {}

    static void check(ServiceEntry service) {
        var errors = new Errors();
        errors.required("name", service.name(), NAME_MAX);
        errors.required("summary", service.summary(), SHORT_MAX);
        errors.optional("description", service.description(), TEXT_MAX);
        errors.optional("formalConditions", service.formalConditions(), TEXT_MAX);
        errors.optional("fees", service.fees(), TEXT_MAX);
        if (service.area() == null) {
            errors.add("area", "catalogue.error.area", "Choose the area of life.");
        }
        if (service.providerIds().isEmpty()) {
            errors.add("providerIds", "catalogue.error.providers", "Choose at least one provider.");
        }
        if (service.excludes().contains(service.id())) {
            errors.add("excludes", "catalogue.error.excludes-self", "A service cannot exclude itself.");
        }
        errors.languages(service.languages());
        errors.throwIfAny();
    }

    static void check(Programme programme) {
        var errors = new Errors();
        errors.required("name", programme.name(), NAME_MAX);
        errors.required("goal", programme.goal(), TEXT_MAX);
        errors.required("targetGroup", programme.targetGroup(), TEXT_MAX);
        errors.required("qualification", programme.qualification(), TEXT_MAX);
        errors.required("procedure", programme.procedure(), TEXT_MAX);
        errors.required("fees", programme.fees(), TEXT_MAX);
        errors.optional("documents", programme.documents(), TEXT_MAX);
        if (programme.periodStart() == null) {
            errors.add("periodStart", "catalogue.error.period-start", "Enter the first day of the programme.");
        } else if (programme.periodEnd() != null && programme.periodEnd().isBefore(programme.periodStart())) {
            errors.add("periodEnd", "catalogue.error.period-end", "The programme cannot end before it starts.");
        }
        if (programme.expectedParticipants() != null && programme.expectedParticipants() <= 0) {
            errors.add(
                    "expectedParticipants",
                    "catalogue.error.participants",
                    "The expected number of participants must be positive.");
        }
        if (programme.personalData().stream()
                .anyMatch(item -> item == null || item.isBlank() || item.length() > SHORT_MAX)) {
            errors.add(
                    "personalData",
                    "catalogue.error.personal-data",
                    "Each item of personal data must be a non-empty text of at most 500 characters.");
        }
        errors.throwIfAny();
    }

    static void check(Provider provider) {
        var errors = new Errors();
        errors.required("name", provider.name(), NAME_MAX);
        errors.required("street", provider.street(), NAME_MAX);
        errors.required("city", provider.city(), NAME_MAX);
        errors.optional("postalCode", provider.postalCode(), 20);
        errors.optional("district", provider.district(), NAME_MAX);
        errors.optional("contactPerson", provider.contactPerson(), NAME_MAX);
        errors.optional("phone", provider.phone(), 40);
        errors.optional("website", provider.website(), SHORT_MAX);
        errors.optional("openingHours", provider.openingHours(), SHORT_MAX);
        errors.optional("accessibility", provider.accessibility(), TEXT_MAX);
        if (provider.kind() == null) {
            errors.add("kind", "catalogue.error.kind", "Choose the kind of provider.");
        }
        if (provider.email() != null
                && !provider.email().isBlank()
                && !EMAIL.matcher(provider.email().strip()).matches()) {
            errors.add("email", "catalogue.error.email", "Enter a valid e-mail address.");
        }
        if (provider.website() != null && !provider.website().isBlank() && !Provider.isWebAddress(provider.website())) {
            errors.add(
                    "website", "catalogue.error.website", "Enter a web address that starts with http:// or https://.");
        }
        errors.languages(provider.languages());
        errors.throwIfAny();
    }

    private static final class Errors {
        private final List<FieldError> errors = new ArrayList<>();

        void required(String field, String value, int max) {
            if (value == null || value.isBlank()) {
                add(field, "catalogue.error.required", "Fill in " + field + ".");
            } else {
                optional(field, value, max);
            }
        }

        void optional(String field, String value, int max) {
            if (value != null && value.strip().length() > max) {
                add(field, "catalogue.error.too-long", field + " is longer than " + max + " characters.");
            }
        }

        void languages(List<String> languages) {
            if (languages.stream()
                    .anyMatch(tag -> tag == null || !LANGUAGE.matcher(tag).matches())) {
                add(
                        "languages",
                        "catalogue.error.languages",
                        "Languages are two- or three-letter codes such as pl, uk, en.");
            }
        }

        void add(String field, String key, String message) {
            errors.add(new FieldError(field, key, message));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
    }
}
