package pl.cus.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import pl.cus.portal.PortalIntegrationTest;

/** {@code /quick-exit}: ends the caller's own session and sends them on; another site cannot use it to sign anyone out. */
class QuickExitTests extends PortalIntegrationTest {

    private static final String NEUTRAL = "https://www.google.com/search?q=pogoda";

    @Test
    void quickExitEndsTheSessionAndSendsTheBrowserToTheNeutralSite() {
        String session = signedInSession();

        client().get()
                .uri("/quick-exit")
                .cookie("JSESSIONID", session)
                .header("Sec-Fetch-Site", "same-origin")
                .exchange()
                .expectStatus()
                .isSeeOther()
                .expectHeader()
                .valueEquals("Location", NEUTRAL)
                .expectHeader()
                .valueEquals("Cache-Control", "no-store")
                .expectHeader()
                .valueEquals("Clear-Site-Data", "\"cookies\", \"storage\"");

        client().get()
                .uri("/api/notifications")
                .cookie("JSESSIONID", session)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void anAnonymousVisitorLeavesTooWithoutSigningIn() {
        client().get()
                .uri("/quick-exit")
                .exchange()
                .expectStatus()
                .isSeeOther()
                .expectHeader()
                .valueEquals("Location", NEUTRAL);
    }

    @Test
    void aPageOfAnotherSiteCannotSignAResidentOut() {
        String session = signedInSession();

        for (String site : new String[] {"cross-site", "same-site"}) {
            client().get()
                    .uri("/quick-exit")
                    .cookie("JSESSIONID", session)
                    .header("Sec-Fetch-Site", site)
                    .exchange()
                    .expectStatus()
                    .isSeeOther()
                    .expectHeader()
                    .valueEquals("Location", NEUTRAL)
                    .expectHeader()
                    .doesNotExist("Clear-Site-Data");
        }

        client().get()
                .uri("/api/notifications")
                .cookie("JSESSIONID", session)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private String signedInSession() {
        var result = clientAs("anna")
                .get()
                .uri("/api/notifications")
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class);
        ResponseCookie cookie = result.getResponseCookies().getFirst("JSESSIONID");
        assertThat(cookie).as("session cookie after Basic sign-in").isNotNull();
        client().get()
                .uri("/api/notifications")
                .cookie("JSESSIONID", cookie.getValue())
                .exchange()
                .expectStatus()
                .isOk();
        return cookie.getValue();
    }
}
