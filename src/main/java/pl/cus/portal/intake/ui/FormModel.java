package pl.cus.portal.intake.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Discretion;
import pl.cus.portal.intake.HouseholdMember;
import pl.cus.portal.intake.Situation;

/**
 * The answers while the resident fills the form in. Fields write here as they change, so a draft can be saved at any
 * moment; {@link #toForm()} gives the contract's record, with blanks as {@code null} so that the service names them.
 */
final class FormModel {

    final ApplicationKind kind;
    final Set<ServiceId> services = new LinkedHashSet<>();
    String needs = "";
    final List<HouseholdMember> household = new ArrayList<>();
    Situation situation;
    ContactChannel channel;
    String contactValue = "";
    final Set<Discretion> discretion = EnumSet.noneOf(Discretion.class);
    boolean consent;
    String district = "";
    String language;
    /** Attachment ids with the file names seen in this session; files kept from an earlier visit have no name here. */
    final Map<AttachmentId, String> attachments = new LinkedHashMap<>();

    FormModel(ApplicationKind kind) {
        this.kind = kind;
    }

    static FormModel of(ApplicationForm form) {
        var model = new FormModel(form.kind());
        model.services.addAll(form.serviceIds());
        model.needs = nullToEmpty(form.needs());
        model.household.addAll(form.household());
        model.situation = form.situation();
        if (form.contact() != null) {
            model.channel = form.contact().channel();
            model.contactValue = nullToEmpty(form.contact().value());
            model.discretion.addAll(form.contact().discretion());
        }
        model.consent = Boolean.TRUE.equals(form.consent());
        model.district = nullToEmpty(form.district());
        model.language = form.language();
        form.attachments().forEach(id -> model.attachments.put(id, null));
        return model;
    }

    ApplicationForm toForm() {
        boolean anyContact = channel != null || !contactValue.isBlank() || !discretion.isEmpty();
        Contact contact = anyContact
                ? new Contact(channel, channel == ContactChannel.PORTAL ? null : blankToNull(contactValue), discretion)
                : null;
        return new ApplicationForm(
                kind,
                kind == ApplicationKind.IPUS ? List.copyOf(services) : List.of(),
                blankToNull(needs),
                kind == ApplicationKind.IPUS ? List.copyOf(household) : List.of(),
                kind == ApplicationKind.ZA_ZYCIEM ? situation : null,
                contact,
                consent ? Boolean.TRUE : null,
                blankToNull(district),
                language,
                kind == ApplicationKind.ZA_ZYCIEM ? List.copyOf(attachments.keySet()) : List.of());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
