package pl.cus.portal.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;

class EntryFormTests {

    private static final Provider CENTRE = new Provider(
            new ProviderId(UUID.randomUUID()),
            "Centrum Usług Społecznych",
            ProviderKind.CENTRE,
            "ul. Długa 1",
            "00-001",
            "Nadrzecze",
            "Zatorze",
            null,
            "22 123 45 67",
            null,
            "https://cus.example.org",
            null,
            "Wejście bez progów",
            List.of("pl", "uk"));
    private static final Provider CLUB = new Provider(
            new ProviderId(UUID.randomUUID()),
            "Klub Seniora",
            ProviderKind.NGO,
            "ul. Krótka 2",
            null,
            "Nadrzecze",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("pl"));
    private static final Programme PROGRAMME = new Programme(
            new ProgrammeId(UUID.randomUUID()),
            "Program wsparcia seniorów",
            "Cel programu",
            LocalDate.of(2026, 1, 1),
            null,
            "Seniorzy",
            40,
            "Wiek 60+",
            "Rozmowa z koordynatorem",
            "Bezpłatnie",
            "Zaświadczenie o wieku",
            List.of("imię i nazwisko", "adres"));

    @Test
    void aProviderComesBackFromTheFormAsItWent() {
        var form = new ProviderForm();
        form.read(ProviderForm.Draft.of(CENTRE));
        assertThat(form.write())
                .get()
                .extracting(draft -> draft.toProvider(CENTRE.id()))
                .isEqualTo(CENTRE);
    }

    @Test
    void aProgrammeComesBackFromTheFormAsItWent() {
        var form = new ProgrammeForm();
        form.read(ProgrammeForm.Draft.of(PROGRAMME));
        assertThat(form.write())
                .get()
                .extracting(draft -> draft.toProgramme(PROGRAMME.id()))
                .isEqualTo(PROGRAMME);
    }

    @Test
    void aServiceKeepsItsMainContactFirstAndItsProgramme() {
        var service = new ServiceEntry(
                new ServiceId(UUID.randomUUID()),
                "Opieka wytchnieniowa",
                "Krótko",
                null,
                PROGRAMME.id(),
                AreaOfLife.values()[0],
                Set.of(LifeSituation.OLDER_AGE),
                List.of(CLUB.id(), CENTRE.id()),
                null,
                null,
                List.of("pl"),
                Set.of(),
                true);
        var programmes = List.of(PROGRAMME);
        var providers = List.of(CENTRE, CLUB);
        var form = new ServiceForm(service.id(), programmes, providers, List.of(service));
        form.read(ServiceForm.Draft.of(service, programmes, providers, List.of(service)));
        var written = form.write().orElseThrow().toEntry(service.id(), service.providerIds());
        assertThat(written.providerIds()).containsExactly(CLUB.id(), CENTRE.id());
        assertThat(written.programmeId()).isEqualTo(PROGRAMME.id());
        assertThat(written.situations()).containsExactly(LifeSituation.OLDER_AGE);
    }

    @Test
    void anEmptyFormIsNotWrittenAndMarksItsRequiredFields() {
        var form = new ProviderForm();
        form.read(ProviderForm.Draft.empty());
        assertThat(form.write()).isEmpty();
        assertThat(form.getChildren()
                        .filter(field -> field instanceof com.vaadin.flow.component.HasValidation v && v.isInvalid())
                        .count())
                .isEqualTo(4);
    }
}
