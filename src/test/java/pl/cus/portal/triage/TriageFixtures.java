package pl.cus.portal.triage;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/** Demo people and applications submitted through intake's service, as residents would. */
public final class TriageFixtures {

    public static final Actor ANNA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000101"), "anna", "Anna Nowak", List.of(Role.RESIDENT));
    public static final Actor OLENA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000102"),
            "olena",
            "Олена Коваленко",
            List.of(Role.RESIDENT));
    public static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));
    public static final Actor PIOTR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000202"),
            "piotr",
            "Piotr Wiśniewski",
            List.of(Role.COORDINATOR));
    public static final Actor MARTA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000203"),
            "marta",
            "Marta Zielińska",
            List.of(Role.FAMILY_ASSISTANT));
    public static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    public static final Actor DYREKTOR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000205"),
            "dyrektor",
            "Barbara Lewandowska",
            List.of(Role.DIRECTOR));

    /** Demo catalogue services on offer. */
    static final ServiceId SERVICE_1 = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000001");

    static final ServiceId SERVICE_2 = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000002");

    private static final Duration WAIT = Duration.ofSeconds(15);

    private TriageFixtures() {}

    public static ApplicationView submitIpus(
            Applications applications, Actor resident, String district, String language, String needs) {
        var form = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE_2),
                needs,
                List.of(),
                null,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                district,
                language,
                List.of());
        return applications
                .submit(resident, UUID.randomUUID().toString(), form)
                .block(WAIT)
                .application();
    }

    public static ApplicationView submitZaZyciem(Applications applications, Actor resident, String idempotencyKey) {
        var form = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(),
                "Chcemy porozmawiać o wsparciu.",
                List.of(),
                Situation.PREGNANCY,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                "Zatorze",
                null,
                List.of());
        return applications.submit(resident, idempotencyKey, form).block(WAIT).application();
    }
}
