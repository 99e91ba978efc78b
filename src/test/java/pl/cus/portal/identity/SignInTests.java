package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pl.cus.portal.PortalIntegrationTest;

/** Demo people sign in through the form and each reaches their own layout; others are kept out. */
class SignInTests extends PortalIntegrationTest {

    @Test
    void publicPagesNeedNoLogin() {
        client().get().uri("/").exchange().expectStatus().isOk();
        client().get().uri("/login").exchange().expectStatus().isOk();
        client().get().uri("/portal/register").exchange().expectStatus().isOk();
        client().get().uri("/portal/accessibility").exchange().expectStatus().isOk();
    }

    @Test
    void backOfficeSendsAnonymousVisitorsToSignIn() {
        client().get()
                .uri("/backoffice")
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void staffSignInLandsOnStartAndReachesTheBackOffice() {
        String session = signIn("ewa", "demo");
        client().get()
                .uri("/backoffice")
                .cookie("JSESSIONID", session)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void residentSignsInButCannotOpenTheBackOffice() {
        String session = signIn("anna", "demo");
        client().get()
                .uri("/")
                .cookie("JSESSIONID", session)
                .exchange()
                .expectStatus()
                .isOk();
        // Refused at the HTTP layer, before any back-office page is built: sent to a page that explains.
        client().get()
                .uri("/backoffice")
                .cookie("JSESSIONID", session)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/no-access"));
    }

    @Test
    void wrongPasswordReturnsToTheFormWithAnError() {
        SignInFixtures.signIn(client(), port, "ewa", "wrong")
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).contains("/login?error"));
    }

    private String signIn(String username, String password) {
        return SignInFixtures.signedInSession(client(), port, username, password);
    }
}
