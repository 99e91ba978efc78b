package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import pl.cus.portal.BrowserTest;

/**
 * Drill 5 in a real browser: with the Content-Security-Policy of decision 0022 the Vaadin pages still start and work
 * (the browser reports no refused script, style, image or connection), and a throttled sign-in says why.
 */
class SecurityHeadersJourneyTests extends BrowserTest {

    @Test
    void vaadinPagesRunUnderTheContentSecurityPolicyAndAThrottledSignInExplainsItself() {
        List<String> refusals = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")
                    || message.text().contains("Refused to")) {
                refusals.add(message.text());
            }
        });
        page.onPageError(error -> refusals.add("page error: " + error));

        open("portal/register");
        signIn("ewa");
        for (String path : new String[] {"backoffice", "backoffice/queue", "backoffice/deadlines"}) {
            open(path);
            assertThat(page.locator("h1").first().isVisible()).as(path).isTrue();
        }
        assertThat(refusals).as("what the browser refused under the CSP").isEmpty();

        open("login?error&throttled=180");
        assertThat(page.getByText(Messages.text("identity.login.throttled.title"))
                        .first()
                        .isVisible())
                .isTrue();
        assertThat(refusals).isEmpty();
    }
}
