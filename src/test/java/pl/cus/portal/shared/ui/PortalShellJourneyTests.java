package pl.cus.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import org.junit.jupiter.api.Test;
import pl.cus.portal.BrowserTest;

/** The resident's shell in a real browser: accessible, quick exit leaves no trace in history, sign-in routes by role. */
class PortalShellJourneyTests extends BrowserTest {

    @Test
    void landingAndLoginPagesHaveNoAccessibilityViolations() {
        open("");
        assertAccessible();
        open("login");
        assertAccessible();
    }

    @Test
    void quickExitReplacesThePageInTheHistory() {
        context.route(
                "https://www.google.com/**",
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody("<!doctype html><title>Pogoda</title><p>Pogoda</p>")));
        open("");
        open("portal/accessibility");
        int historyBefore = ((Number) page.evaluate("() => history.length")).intValue();

        page.locator("#quick-exit").click();
        page.waitForURL("https://www.google.com/**");

        assertThat(((Number) page.evaluate("() => history.length")).intValue()).isEqualTo(historyBefore);
        page.goBack();
        assertThat(page.url()).doesNotContain("portal/accessibility");
    }

    @Test
    void aResidentSignsInToThePortalAndIsKeptOutOfTheBackOffice() {
        signIn("anna");
        assertThat(page.url()).doesNotContain("backoffice");
        assertThat(page.locator(".account-name").textContent()).isNotBlank();

        open("backoffice");
        assertThat(page.url()).endsWith("/no-access");
        assertThat(page.locator("h1").textContent()).isEqualTo(Messages.text("access.denied.title"));
        assertThat(page.content()).doesNotContain(Messages.text("backoffice.intro"));
    }

    @Test
    void staffSignInLandsInTheBackOffice() {
        signIn("ewa");
        page.waitForURL("**/backoffice**");
        waitForVaadin();
        assertThat(page.locator("body").textContent()).contains(Messages.text("backoffice.intro"));
        assertAccessible();
    }
}
