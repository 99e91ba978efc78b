package pl.cus.portal.intake.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.shared.InvalidInput.FieldError;

/**
 * The rules a form must meet to be submitted, checked without the database: every broken rule is reported, each
 * with the field it concerns ({@code needs}, {@code contact.value}, {@code household[1].name}, ...). Which services
 * exist and whose attachments these are is checked by the service afterwards. Texts are measured, never changed.
 */
final class FormRules {

    static final int MAX_NEEDS = 4000;
    static final int MAX_SERVICES = 10;
    static final int MAX_HOUSEHOLD = 12;
    static final int MAX_NAME = 120;
    static final int MAX_RELATION = 60;
    static final int MAX_DISTRICT = 120;
    static final int MAX_EMAIL = 254;
    static final int OLDEST_BIRTH_YEAR = 1900;
    static final Set<String> LANGUAGES = Set.of("pl", "en", "uk");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]*$");

    private final int maxAttachments;

    FormRules(int maxAttachments) {
        this.maxAttachments = maxAttachments;
    }

    /** Every broken rule; empty when the form may be submitted (subject to the database checks). */
    List<FieldError> check(ApplicationForm form, int currentYear) {
        List<FieldError> errors = new ArrayList<>();
        if (form.kind() == null) {
            errors.add(error("kind", "intake.error.kind", "Choose what you are applying for: IPUS or ZA_ZYCIEM."));
        } else if (form.kind() == ApplicationKind.IPUS) {
            services(form, errors);
            if (form.situation() != null) {
                errors.add(error(
                        "situation",
                        "intake.error.situation-not-applicable",
                        "The situation belongs to a \"Za życiem\" request only; leave it out for this application."));
            }
        } else {
            if (form.situation() == null) {
                errors.add(error(
                        "situation", "intake.error.situation", "Choose the situation you are asking for support in."));
            }
            if (!form.serviceIds().isEmpty()) {
                errors.add(error(
                        "serviceIds",
                        "intake.error.services-not-applicable",
                        "Services are chosen in a services application; leave them out of a \"Za życiem\" request."));
            }
        }
        needs(form.needs(), errors);
        household(form.household(), currentYear, errors);
        contact(form.contact(), errors);
        if (!Boolean.TRUE.equals(form.consent())) {
            errors.add(error(
                    "consent",
                    "intake.error.consent",
                    "Agree to the processing of the data this application needs (consent must be true)."));
        }
        if (form.district() != null && length(form.district()) > MAX_DISTRICT) {
            errors.add(error(
                    "district",
                    "intake.error.district",
                    "The district may have at most " + MAX_DISTRICT + " characters."));
        }
        if (form.language() != null && !LANGUAGES.contains(form.language())) {
            errors.add(error("language", "intake.error.language", "The language must be one of: pl, en, uk."));
        }
        if (form.attachments().size() > maxAttachments) {
            errors.add(error(
                    "attachments",
                    "intake.error.attachments-count",
                    "At most " + maxAttachments + " files may be attached."));
        } else if (new HashSet<>(form.attachments()).size()
                != form.attachments().size()) {
            errors.add(error("attachments", "intake.error.attachments-duplicate", "The same file is attached twice."));
        }
        return errors;
    }

    private static void services(ApplicationForm form, List<FieldError> errors) {
        if (form.serviceIds().isEmpty()) {
            errors.add(error("serviceIds", "intake.error.services", "Choose at least one service."));
        } else if (form.serviceIds().size() > MAX_SERVICES) {
            errors.add(error(
                    "serviceIds", "intake.error.services-count", "Choose at most " + MAX_SERVICES + " services."));
        } else if (new HashSet<>(form.serviceIds()).size() != form.serviceIds().size()) {
            errors.add(error("serviceIds", "intake.error.services-duplicate", "A service is chosen twice."));
        }
    }

    private static void needs(String needs, List<FieldError> errors) {
        if (needs == null || needs.isBlank()) {
            errors.add(error("needs", "intake.error.needs", "Describe in your own words what you need."));
        } else if (length(needs) > MAX_NEEDS) {
            errors.add(error(
                    "needs",
                    "intake.error.needs-length",
                    "The description may have at most " + MAX_NEEDS + " characters."));
        }
    }

    private static void household(List<HouseholdMember> household, int currentYear, List<FieldError> errors) {
        if (household.size() > MAX_HOUSEHOLD) {
            errors.add(error(
                    "household",
                    "intake.error.household-count",
                    "At most " + MAX_HOUSEHOLD + " people may be listed."));
            return;
        }
        for (int i = 0; i < household.size(); i++) {
            HouseholdMember member = household.get(i);
            String prefix = "household[" + i + "].";
            if (member == null || member.name() == null || member.name().isBlank()) {
                errors.add(error(prefix + "name", "intake.error.household-name", "Give the person's name."));
                continue;
            }
            if (length(member.name()) > MAX_NAME) {
                errors.add(error(
                        prefix + "name",
                        "intake.error.household-name-length",
                        "The name may have at most " + MAX_NAME + " characters."));
            }
            if (member.relation() != null && length(member.relation()) > MAX_RELATION) {
                errors.add(error(
                        prefix + "relation",
                        "intake.error.household-relation",
                        "The relation may have at most " + MAX_RELATION + " characters."));
            }
            if (member.birthYear() != null
                    && (member.birthYear() < OLDEST_BIRTH_YEAR || member.birthYear() > currentYear)) {
                errors.add(error(
                        prefix + "birthYear",
                        "intake.error.household-birth-year",
                        "The year of birth must be between " + OLDEST_BIRTH_YEAR + " and " + currentYear + "."));
            }
        }
    }

    private static void contact(Contact contact, List<FieldError> errors) {
        if (contact == null || contact.channel() == null) {
            errors.add(error(
                    "contact.channel",
                    "intake.error.contact-channel",
                    "Choose how we should contact you: EMAIL, PHONE or PORTAL."));
            return;
        }
        String value = contact.value();
        switch (contact.channel()) {
            case EMAIL -> {
                if (value == null
                        || value.isBlank()
                        || length(value) > MAX_EMAIL
                        || !EMAIL.matcher(value.strip()).matches()) {
                    errors.add(error(
                            "contact.value",
                            "intake.error.contact-email",
                            "Give a valid e-mail address, for example anna@example.org."));
                }
            }
            case PHONE -> {
                if (value == null || !isPhone(value.strip())) {
                    errors.add(error(
                            "contact.value",
                            "intake.error.contact-phone",
                            "Give a phone number of 9 to 15 digits, for example +48 600 100 200."));
                }
            }
            case PORTAL -> {
                if (value != null && !value.isBlank()) {
                    errors.add(error(
                            "contact.value",
                            "intake.error.contact-portal",
                            "Contact through the portal needs no address; leave the value out."));
                }
            }
        }
    }

    private static boolean isPhone(String value) {
        if (!PHONE.matcher(value).matches()) {
            return false;
        }
        long digits = value.chars().filter(Character::isDigit).count();
        return digits >= 9 && digits <= 15;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static FieldError error(String field, String key, String message) {
        return new FieldError(field, key, message);
    }
}
