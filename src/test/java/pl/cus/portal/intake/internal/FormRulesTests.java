package pl.cus.portal.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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

class FormRulesTests {

    private static final ServiceId SERVICE = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000001");
    private static final Contact EMAIL = new Contact(ContactChannel.EMAIL, "anna@example.org", Set.of());
    private final FormRules rules = new FormRules(5);

    private static ApplicationForm ipus(String needs, Contact contact, Boolean consent) {
        return new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE),
                needs,
                List.of(),
                null,
                contact,
                consent,
                null,
                null,
                List.of());
    }

    private List<String> fields(ApplicationForm form) {
        return rules.check(form, 2026).stream().map(FieldError::field).toList();
    }

    @Test
    void completeFormsOfBothKindsPass() {
        assertThat(fields(ipus("Potrzebuję wsparcia.", EMAIL, true))).isEmpty();
        var zaZyciem = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(),
                "Informacja o prawach",
                List.of(),
                Situation.PREGNANCY,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                "Zatorze",
                "uk",
                List.of());
        assertThat(fields(zaZyciem)).isEmpty();
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        assertThat(fields(ApplicationForm.empty(null)))
                .containsExactlyInAnyOrder("kind", "needs", "contact.channel", "consent");
        assertThat(fields(ApplicationForm.empty(ApplicationKind.IPUS)))
                .contains("serviceIds", "needs", "contact.channel", "consent");
        assertThat(fields(ApplicationForm.empty(ApplicationKind.ZA_ZYCIEM)))
                .contains("situation", "needs", "contact.channel", "consent");
    }

    @Test
    void consentMustBeTrueNotMerelyPresent() {
        assertThat(fields(ipus("x", EMAIL, false))).containsExactly("consent");
        assertThat(fields(ipus("x", EMAIL, null))).containsExactly("consent");
    }

    @Test
    void needsAreMeasuredInCharactersNotBytesOrUnits() {
        assertThat(fields(ipus("ї".repeat(FormRules.MAX_NEEDS), EMAIL, true))).isEmpty();
        // Emoji are two UTF-16 units each but one character to the resident.
        assertThat(fields(ipus("😀".repeat(FormRules.MAX_NEEDS), EMAIL, true))).isEmpty();
        assertThat(fields(ipus("a".repeat(FormRules.MAX_NEEDS + 1), EMAIL, true)))
                .containsExactly("needs");
        assertThat(fields(ipus("   ", EMAIL, true))).containsExactly("needs");
    }

    @Test
    void contactValueMustSuitTheChannel() {
        assertThat(fields(ipus("x", new Contact(ContactChannel.EMAIL, "not-an-address", Set.of()), true)))
                .containsExactly("contact.value");
        assertThat(fields(ipus("x", new Contact(ContactChannel.PHONE, "12345", Set.of()), true)))
                .containsExactly("contact.value");
        assertThat(fields(ipus(
                        "x",
                        new Contact(ContactChannel.PHONE, "+48 600 100 200", Set.of(Discretion.NO_PHONE_CALLS)),
                        true)))
                .isEmpty();
        assertThat(fields(ipus("x", new Contact(ContactChannel.PORTAL, "anna@example.org", Set.of()), true)))
                .containsExactly("contact.value");
    }

    @Test
    void fieldsOfTheOtherKindAreRefusedRatherThanSilentlyDropped() {
        var ipusWithSituation = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE),
                "x",
                List.of(),
                Situation.PREGNANCY,
                EMAIL,
                true,
                null,
                null,
                List.of());
        assertThat(fields(ipusWithSituation)).containsExactly("situation");
        var zaZyciemWithServices = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(SERVICE),
                "x",
                List.of(),
                Situation.CHILD_DISABILITY,
                EMAIL,
                true,
                null,
                null,
                List.of());
        assertThat(fields(zaZyciemWithServices)).containsExactly("serviceIds");
    }

    @Test
    void householdMembersAreCheckedOneByOneWithTheirIndex() {
        var form = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE),
                "x",
                List.of(
                        new HouseholdMember("Ola", "córka", 2019),
                        new HouseholdMember(" ", null, null),
                        new HouseholdMember("Jan", "r".repeat(61), 2027)),
                null,
                EMAIL,
                true,
                null,
                null,
                List.of());
        assertThat(fields(form))
                .containsExactlyInAnyOrder("household[1].name", "household[2].relation", "household[2].birthYear");
    }

    @Test
    void servicesAndAttachmentsHaveLimitsAndNoDuplicates() {
        var twice = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE, SERVICE),
                "x",
                List.of(),
                null,
                EMAIL,
                true,
                null,
                null,
                List.of());
        assertThat(fields(twice)).containsExactly("serviceIds");
        var file = new AttachmentId(UUID.randomUUID());
        var sameFile = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE),
                "x",
                List.of(),
                null,
                EMAIL,
                true,
                null,
                null,
                List.of(file, file));
        assertThat(fields(sameFile)).containsExactly("attachments");
        var tooMany = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE),
                "x",
                List.of(),
                null,
                EMAIL,
                true,
                null,
                null,
                java.util.stream.Stream.generate(() -> new AttachmentId(UUID.randomUUID()))
                        .limit(6)
                        .toList());
        assertThat(fields(tooMany)).containsExactly("attachments");
    }

    @Test
    void languageAndDistrictAreBounded() {
        var form = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(SERVICE),
                "x",
                List.of(),
                null,
                EMAIL,
                true,
                "d".repeat(121),
                "de",
                List.of());
        assertThat(fields(form)).containsExactlyInAnyOrder("district", "language");
    }
}
