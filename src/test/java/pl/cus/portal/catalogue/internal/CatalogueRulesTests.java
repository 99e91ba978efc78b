package pl.cus.portal.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.Programme;
import pl.cus.portal.catalogue.ProgrammeId;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.InvalidInput;

class CatalogueRulesTests {

    private static final ServiceId ID = new ServiceId(UUID.randomUUID());
    private static final ProviderId PROVIDER = new ProviderId(UUID.randomUUID());

    @Test
    void validServicePasses() {
        assertThatCode(() -> CatalogueRules.check(
                        service("Nazwa", AreaOfLife.CULTURE, List.of(PROVIDER), Set.of(), List.of("pl", "uk"))))
                .doesNotThrowAnyException();
    }

    @Test
    void serviceNamesEveryBrokenRule() {
        assertThatThrownBy(() -> CatalogueRules.check(service(" ", null, List.of(), Set.of(ID), List.of("Polish"))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("name", "area", "providerIds", "excludes", "languages"));
        assertThatThrownBy(() -> CatalogueRules.check(
                        service("x".repeat(201), AreaOfLife.CULTURE, List.of(PROVIDER), Set.of(), List.of())))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::messageKey)
                                .containsExactly("catalogue.error.too-long"));
    }

    @Test
    void programmeCannotEndBeforeItStarts() {
        var programme = new Programme(
                new ProgrammeId(UUID.randomUUID()),
                "P",
                "Cel",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 12, 31),
                "Wszyscy",
                0,
                "Każdy",
                "Wniosek",
                "Bezpłatnie",
                null,
                List.of("imię", " "));
        assertThatThrownBy(() -> CatalogueRules.check(programme))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("periodEnd", "expectedParticipants", "personalData"));
    }

    @Test
    void providerNeedsAddressKindAndValidEmail() {
        var provider = new Provider(
                PROVIDER,
                "Fundacja",
                null,
                "",
                null,
                "Nadrzecze",
                null,
                null,
                null,
                "not-an-email",
                null,
                null,
                null,
                List.of("pl"));
        assertThatThrownBy(() -> CatalogueRules.check(provider))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("street", "kind", "email"));
        assertThatCode(() -> CatalogueRules.check(new Provider(
                        PROVIDER,
                        "Fundacja",
                        ProviderKind.NGO,
                        "ul. Prosta 1",
                        null,
                        "Nadrzecze",
                        null,
                        null,
                        null,
                        "biuro@example.org",
                        null,
                        null,
                        null,
                        List.of())))
                .doesNotThrowAnyException();
    }

    private static ServiceEntry service(
            String name, AreaOfLife area, List<ProviderId> providers, Set<ServiceId> excludes, List<String> languages) {
        return new ServiceEntry(
                ID, name, "Opis", null, null, area, Set.of(), providers, null, null, languages, excludes, true);
    }

    @Test
    void aProviderWebsiteIsAnAbsoluteHttpOrHttpsAddressOnly() {
        for (String bad : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                " javascript:alert(1)",
                "data:text/html,<script>x</script>",
                "vbscript:msgbox(1)",
                "ftp://example.org",
                "//example.org",
                "www.example.org",
                "http://",
                "https:///path",
                "http://exa mple.org",
                "http://example.org/\u0000",
                "mailto:biuro@example.org")) {
            assertThatThrownBy(() -> CatalogueRules.check(providerWithWebsite(bad)))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            invalid -> org.assertj.core.api.Assertions.assertThat(invalid.errors())
                                    .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
                                    .containsExactly(
                                            org.assertj.core.groups.Tuple.tuple("website", "catalogue.error.website")));
        }
        for (String good :
                List.of("https://example.org", "http://example.org/a?b=c#d", "HTTPS://Example.org/ścieżka", "")) {
            assertThatCode(() -> CatalogueRules.check(providerWithWebsite(good)))
                    .as(good)
                    .doesNotThrowAnyException();
        }
    }

    private static Provider providerWithWebsite(String website) {
        return new Provider(
                PROVIDER,
                "Fundacja",
                ProviderKind.NGO,
                "ul. Prosta 1",
                null,
                "Nadrzecze",
                null,
                null,
                null,
                null,
                website,
                null,
                null,
                List.of());
    }
}
