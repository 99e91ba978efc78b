package pl.cus.portal.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.cus.portal.BrowserTest;

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
        assertThat(page.locator("#catalogue-request").getAttribute("href")).contains("portal/apply/ipus?service=" + BIRTH_CLASSES);
        assertAccessible();
    }

    @Test
    void aCarerFindsRespiteCareByWordsAndTheSearchSurvivesBack() {
        open("portal/services");
        page.locator("#catalogue-search input").fill("opieka wytchnieniowa");
        page.locator("#catalogue-submit").click();
        page.waitForURL("**/portal/services?**");
        waitForVaadin();
        assertThat(page.locator("#catalogue-results li").first().getAttribute("id")).isEqualTo("service-" + RESPITE);

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
}
