package pl.cus.portal.intake.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Discretion;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.shared.InvalidInput.FieldError;
import tools.jackson.databind.JsonNode;

/**
 * Reads an application form from JSON field by field, so that a wrong type or an unknown enum value is reported with
 * its field's name (rather than as "malformed JSON"), together with every other problem. Unknown properties are ignored.
 */
final class FormJson {

    private final List<FieldError> errors = new ArrayList<>();

    private FormJson() {}

    record Parsed(ApplicationForm form, List<FieldError> errors) {}

    static Parsed read(JsonNode body) {
        var reader = new FormJson();
        if (body == null || !body.isObject()) {
            reader.errors.add(new FieldError("body", "error.invalid-input", "Send the application as a JSON object."));
            return new Parsed(ApplicationForm.empty(null), reader.errors);
        }
        return new Parsed(reader.form(body), reader.errors);
    }

    private ApplicationForm form(JsonNode body) {
        ApplicationKind kind = enumValue(body, "kind", "kind", ApplicationKind.class);
        List<ServiceId> services =
                list(body.get("serviceIds"), "serviceIds", (node, field) -> uuid(node, field, ServiceId::new));
        String needs = text(body.get("needs"), "needs");
        List<HouseholdMember> household = list(body.get("household"), "household", this::member);
        Situation situation = enumValue(body, "situation", "situation", Situation.class);
        Contact contact = contact(body.get("contact"));
        Boolean consent = bool(body.get("consent"), "consent");
        String district = text(body.get("district"), "district");
        String language = text(body.get("language"), "language");
        List<AttachmentId> attachments =
                list(body.get("attachments"), "attachments", (node, field) -> uuid(node, field, AttachmentId::new));
        return new ApplicationForm(
                kind, services, needs, household, situation, contact, consent, district, language, attachments);
    }

    private Contact contact(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(
                    "contact", "intake.error.contact-channel", "contact must be an object with channel and value."));
            return null;
        }
        ContactChannel channel = enumValue(node, "channel", "contact.channel", ContactChannel.class);
        String value = text(node.get("value"), "contact.value");
        List<Discretion> discretion = list(
                node.get("discretion"), "contact.discretion", (item, field) -> enumOf(item, field, Discretion.class));
        Set<Discretion> wishes = discretion.isEmpty() ? Set.of() : EnumSet.copyOf(discretion);
        return new Contact(channel, value, wishes);
    }

    private HouseholdMember member(JsonNode node, String field) {
        if (!node.isObject()) {
            errors.add(new FieldError(
                    field,
                    "intake.error.household-name",
                    field + " must be an object with name, relation, birthYear."));
            return null;
        }
        String name = text(node.get("name"), field + ".name");
        String relation = text(node.get("relation"), field + ".relation");
        JsonNode year = node.get("birthYear");
        Integer birthYear = null;
        if (!absent(year)) {
            if (year.isIntegralNumber() && year.canConvertToInt()) {
                birthYear = year.intValue();
            } else {
                errors.add(new FieldError(
                        field + ".birthYear",
                        "intake.error.household-birth-year",
                        "The year of birth must be a whole number."));
            }
        }
        return new HouseholdMember(name, relation, birthYear);
    }

    private <T> List<T> list(JsonNode node, String field, Item<T> item) {
        if (absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            errors.add(new FieldError(field, "error.invalid-input", field + " must be a JSON array."));
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T value = item.read(node.get(i), field + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private <T> T uuid(JsonNode node, String field, Function<UUID, T> wrap) {
        if (node != null && node.isString()) {
            try {
                return wrap.apply(UUID.fromString(node.stringValue()));
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        errors.add(new FieldError(field, "error.invalid-input", field + " must be an id (a UUID)."));
        return null;
    }

    private <E extends Enum<E>> E enumValue(JsonNode parent, String property, String field, Class<E> type) {
        JsonNode node = parent.get(property);
        return absent(node) ? null : enumOf(node, field, type);
    }

    private <E extends Enum<E>> E enumOf(JsonNode node, String field, Class<E> type) {
        if (node.isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(node.stringValue())) {
                    return constant;
                }
            }
        }
        errors.add(new FieldError(
                field,
                "error.invalid-input",
                field + " must be one of: "
                        + String.join(
                                ", ",
                                Arrays.stream(type.getEnumConstants())
                                        .map(Enum::name)
                                        .toList()) + "."));
        return null;
    }

    private String text(JsonNode node, String field) {
        if (absent(node)) {
            return null;
        }
        if (!node.isString()) {
            errors.add(new FieldError(field, "error.invalid-input", field + " must be a string."));
            return null;
        }
        return node.stringValue();
    }

    private Boolean bool(JsonNode node, String field) {
        if (absent(node)) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError(field, "intake.error.consent", field + " must be true or false."));
            return null;
        }
        return node.booleanValue();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    @FunctionalInterface
    private interface Item<T> {
        T read(JsonNode node, String field);
    }
}
