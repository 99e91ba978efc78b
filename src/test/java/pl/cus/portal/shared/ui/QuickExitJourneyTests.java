package pl.cus.portal.shared.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.cus.portal.BrowserTest;

/**
 * Quick exit in Chromium, as a resident in danger would use it: the tab keeps no signed-in page behind Back, the
 * session is over, and three presses of Esc do the same as the button.
 */
class QuickExitJourneyTests extends BrowserTest {

    private static final String NEUTRAL = "https://www.google.com/**";
    private static final String RESIDENT_NAME = "Anna Nowak";

    @BeforeEach
    void neutralSite() {
        context.route(
                NEUTRAL,
                route -> route.fulfill(new Route.FulfillOptions()
                        .setContentType("text/html")
                        .setBody("<!doctype html><html lang=pl><title>Pogoda</title><p>Pogoda</p></html>")));
    }

    @Test
    void afterQuickExitBackShowsNoSignedInPageAndTheSessionIsOver() {
        signedInOnMyMatters();

        page.locator("#quick-exit").click();
        page.waitForURL(NEUTRAL);

        page.goBack();
        if (page.url().startsWith(url(""))) {
            waitForVaadin();
        }
        assertThat(page.content()).doesNotContain(RESIDENT_NAME);
        assertThat(page.locator(".account-name")).hasCount(0);

        open("portal/matters");
        assertThat(page.url()).contains("/login");
        assertThat(page.content()).doesNotContain(RESIDENT_NAME);
    }

    @Test
    void pressingEscThreeTimesLeavesAndEachPressIsAnnounced() {
        signedInOnMyMatters();
        var status = page.locator("#quick-exit-status");
        assertThat(status).hasAttribute("aria-live", "polite");

        page.keyboard().press("Escape");
        assertThat(status).hasText(Messages.text("layout.quick-exit.press-two"));
        page.keyboard().press("Escape");
        assertThat(status).hasText(Messages.text("layout.quick-exit.press-one"));
        page.keyboard().press("Escape");
        page.waitForURL(NEUTRAL);

        open("portal/matters");
        assertThat(page.url()).contains("/login");
    }

    @Test
    void escPressesFarApartDoNotLeave() {
        signedInOnMyMatters();

        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        page.waitForTimeout(2_300);
        page.keyboard().press("Escape");

        assertThat(page.locator("#quick-exit-status")).hasText(Messages.text("layout.quick-exit.press-two"));
        assertThat(page.url()).isEqualTo(url("portal/matters"));
        assertThat(page.locator(".account-name")).hasText(RESIDENT_NAME);
    }

    private void signedInOnMyMatters() {
        signIn("anna");
        open("portal/matters");
        assertThat(page.locator(".account-name")).hasText(RESIDENT_NAME);
        assertAccessible();
    }
}
