package pl.cus.portal.intake;

import java.util.List;
import pl.cus.portal.catalogue.ServiceId;

/**
 * What the resident fills in, for both kinds. Which fields are required depends on {@link #kind()}: services and
 * needs for {@link ApplicationKind#IPUS}; the situation for {@link ApplicationKind#ZA_ZYCIEM}. A draft holds a form
 * with any field still {@code null}; {@link Applications#submit} validates it and names every invalid field.
 *
 * @param needs       the needs in the resident's own words (IPUS), or what help is wanted (Za życiem)
 * @param district    the part of town the resident lives in, from the catalogue's places; optional
 * @param language    the preferred language for contact: {@code pl}, {@code en} or {@code uk}; optional
 * @param attachments files uploaded beforehand through {@link Attachments#upload}
 */
public record ApplicationForm(
        ApplicationKind kind,
        List<ServiceId> serviceIds,
        String needs,
        List<HouseholdMember> household,
        Situation situation,
        Contact contact,
        Boolean consent,
        String district,
        String language,
        List<AttachmentId> attachments) {

    public ApplicationForm {
        serviceIds = serviceIds == null ? List.of() : List.copyOf(serviceIds);
        household = household == null ? List.of() : List.copyOf(household);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public static ApplicationForm empty(ApplicationKind kind) {
        return new ApplicationForm(kind, List.of(), null, List.of(), null, null, null, null, null, List.of());
    }
}
