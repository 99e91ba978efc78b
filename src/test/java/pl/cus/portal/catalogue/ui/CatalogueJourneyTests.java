package pl.cus.portal.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.CatalogueAdministration;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/** A resident, signed out, finds a service by a need and by words, in a real browser. */
class CatalogueJourneyTests extends BrowserTest {

    private static final String BIRTH_CLASSES = "5e4f1ce0-0000-4000-8000-000000000001";
    private static final String RESPITE = "5e4f1ce0-0000-4000-8000-000000000002";

    @Test
    void anExpectingParentFindsTheBirthClassesFromTheLandingPage() {
        open("");
        page.locator("#landing-need-expecting-baby").click();
        page.waitForURL("**/portal/services?**");
        waitForVaadin();

        assertThat(page.locator("#service-" + BIRTH_CLASSES).isVisible()).isTrue();
        assertThat(page.locator("#service-" + RESPITE).count()).isZero();
        assertAccessible();

        page.locator("#service-link-" + BIRTH_CLASSES).click();
        page.waitForURL("**/portal/services/" + BIRTH_CLASSES);
        waitForVaadin();
        assertThat(page.locator("#service-name").textContent()).isNotBlank();
        assertThat(page.locator("#catalogue-providers").textContent()).isNotBlank();
        assertThat(page.locator("#catalogue-request").getAttribute("href"))
                .contains("portal/apply/ipus?service=" + BIRTH_CLASSES);
        assertAccessible();
    }

    @Test
    void aCarerFindsRespiteCareByWordsAndTheSearchSurvivesBack() {
        open("portal/services");
        page.locator("#catalogue-search input").fill("opieka wytchnieniowa");
        page.locator("#catalogue-submit").click();
        page.waitForURL("**/portal/services?**");
        waitForVaadin();
        assertThat(page.locator("#catalogue-results li").first().getAttribute("id"))
                .isEqualTo("service-" + RESPITE);

        page.locator("#service-link-" + RESPITE).click();
        page.waitForURL("**/portal/services/" + RESPITE);
        // Back only once the service page is shown: the router pushes the URL before the server has answered, and a
        // Back inside that window would be overtaken by the late answer.
        page.locator("#service-name").waitFor();
        waitForVaadin();
        page.goBack();
        page.locator("#catalogue-results").waitFor();
        assertThat(page.url()).contains("q=");
        assertThat(page.locator("#catalogue-search input").inputValue()).isEqualTo("opieka wytchnieniowa");
        page.locator("#service-" + RESPITE).waitFor();
    }

    @Test
    void aStoredJavascriptWebsiteIsShownAsTextAndTheServicePageStillWorks(
            @Autowired CatalogueAdministration admin, @Autowired DatabaseClient db) {
        Actor administrator = Actor.of(
                UUID.fromString("00000000-0000-0000-0000-000000000206"), "admin", "Administrator", Set.of(Role.ADMIN));
        var providerId = new ProviderId(UUID.randomUUID());
        admin.saveProvider(
                        administrator,
                        new Provider(
                                providerId,
                                "Fundacja Stara Strona",
                                ProviderKind.NGO,
                                "ul. Prosta 1",
                                null,
                                "Nadrzecze",
                                null,
                                null,
                                null,
                                null,
                                "https://stara.example.org",
                                null,
                                null,
                                List.of("pl")))
                .block(Duration.ofSeconds(10));
        var serviceId = new ServiceId(UUID.randomUUID());
        admin.saveService(
                        administrator,
                        new ServiceEntry(
                                serviceId,
                                "Porady starej fundacji",
                                "Krótki opis usługi.",
                                null,
                                null,
                                AreaOfLife.EDUCATION,
                                Set.of(LifeSituation.OLDER_AGE),
                                List.of(providerId),
                                null,
                                null,
                                List.of("pl"),
                                Set.of(),
                                true))
                .block(Duration.ofSeconds(10));
        // A value saved before websites were checked, straight into the database.
        db.sql("update catalogue_provider set website = 'javascript:alert(1)' where id = :id")
                .bind("id", providerId.value())
                .then()
                .block(Duration.ofSeconds(10));

        open("portal/services/" + serviceId.value());
        page.locator("#service-name").waitFor();
        waitForVaadin();
        assertThat(page.locator("#provider-" + providerId.value()).textContent())
                .contains("Fundacja Stara Strona", "javascript:alert(1)");
        assertThat(page.locator("a[href^='javascript' i]").count()).isZero();
        assertThat(page.content()).doesNotContain("href=\"javascript:");
        client().get()
                .uri("/api/catalog/services/" + serviceId.value())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(json ->
                        assertThat(json).contains("Fundacja Stara Strona").doesNotContain("javascript:"));
    }
}
