package pl.cus.portal.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.HouseholdMember;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fingerprint of a form, to tell a retry (same key, same form) from a reused key (same key, another form).
 * Built from a fixed-order list, so that set ordering cannot make equal forms differ.
 */
final class RequestHash {

    private RequestHash() {}

    static String of(ApplicationForm form, JsonMapper json) {
        List<Object> parts = new ArrayList<>();
        parts.add(form.kind() == null ? null : form.kind().name());
        parts.add(form.serviceIds().stream().map(Object::toString).toList());
        parts.add(form.needs());
        parts.add(form.household().stream().map(RequestHash::member).toList());
        parts.add(form.situation() == null ? null : form.situation().name());
        var contact = form.contact();
        parts.add(
                contact == null || contact.channel() == null
                        ? null
                        : contact.channel().name());
        parts.add(contact == null ? null : contact.value());
        parts.add(
                contact == null
                        ? List.of()
                        : contact.discretion().stream().map(Enum::name).sorted().toList());
        parts.add(form.consent());
        parts.add(form.district());
        parts.add(form.language());
        parts.add(form.attachments().stream().map(AttachmentId::toString).toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static List<Object> member(HouseholdMember member) {
        List<Object> fields = new ArrayList<>();
        fields.add(member == null ? null : member.name());
        fields.add(member == null ? null : member.relation());
        fields.add(member == null ? null : member.birthYear());
        return fields;
    }
}
