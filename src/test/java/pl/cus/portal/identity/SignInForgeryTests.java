package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.identity.SignInFixtures.newResident;
import static pl.cus.portal.identity.SignInFixtures.openSignInPage;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.identity.SignInFixtures.SignInPage;

/**
 * Issue 14, item 6: {@code POST /login} with the right password but without the sign-in page's CSRF token, or sent
 * from another site, signs nobody in; the form from the portal's own page still does. Before, Vaadin's security
 * configuration exempted the sign-in form from CSRF protection, so any site could sign a visitor into an account.
 */
class SignInForgeryTests extends PortalIntegrationTest {

    private static final String PASSWORD = "forgery test password";

    @Test
    void theRightPasswordWithoutTheFormsCsrfTokenSignsNobodyIn() {
        String account = newResident(this::registerConfirmed, PASSWORD);
        WebTestClient from = clientFrom("127.0.0.86");
        // No session, no token: what a page on another site can post.
        assertRefused(post(from, null, account, null, headers -> {}), null);
        // The sign-in page's session, but no token or a made-up one.
        SignInPage page = openSignInPage(from);
        assertRefused(post(from, page.session(), account, null, headers -> {}), page.session());
        assertRefused(post(from, page.session(), account, "forged-token", headers -> {}), page.session());
        // A real token replayed with another session (the attacker's own page, the victim's cookie).
        SignInPage attackers = openSignInPage(from);
        assertRefused(post(from, page.session(), account, attackers.token(), headers -> {}), page.session());
        System.out.println("[issue 14/6] POST /login without the page's CSRF token: refused, nobody signed in");
    }

    @Test
    void aSignInSentFromAnotherSiteSignsNobodyInEvenWithAValidToken() {
        String account = newResident(this::registerConfirmed, PASSWORD);
        WebTestClient from = clientFrom("127.0.0.87");
        for (Consumer<HttpHeaders> foreign : java.util.List.<Consumer<HttpHeaders>>of(
                headers -> headers.set("Origin", "https://evil.example"),
                headers -> headers.set("Origin", "http://localhost:" + (port + 1)),
                headers -> headers.set("Origin", "https://localhost:" + port),
                headers -> {
                    // A sandboxed frame on another site.
                    headers.set("Origin", "null");
                    headers.set("Sec-Fetch-Site", "cross-site");
                },
                headers -> headers.set("Sec-Fetch-Site", "cross-site"),
                headers -> headers.set("Sec-Fetch-Site", "same-site"))) {
            SignInPage page = openSignInPage(from);
            assertRefused(post(from, page.session(), account, page.token(), foreign), page.session());
        }
        System.out.println(
                "[issue 14/6] POST /login from a foreign origin or another site: refused even with a valid token");
    }

    @Test
    void theSignInPagesOwnFormSignsIn() {
        String account = newResident(this::registerConfirmed, PASSWORD);
        WebTestClient from = clientFrom("127.0.0.88");
        for (Consumer<HttpHeaders> own : java.util.List.<Consumer<HttpHeaders>>of(
                headers -> headers.set("Origin", "http://localhost:" + port),
                headers -> headers.set("Origin", "http://LOCALHOST:" + port),
                // What a browser sends from the portal's own page: its Referrer-Policy no-referrer makes the origin
                // opaque.
                headers -> {
                    headers.set("Origin", "null");
                    headers.set("Sec-Fetch-Site", "same-origin");
                },
                // An older client that sends neither header is judged by the token alone.
                headers -> {})) {
            SignInPage page = openSignInPage(from);
            var result = post(from, page.session(), account, page.token(), own)
                    .expectStatus()
                    .isFound()
                    .expectHeader()
                    .value("Location", location -> assertThat(location).endsWith("/start"))
                    .returnResult(Void.class);
            ResponseCookie session = result.getResponseCookies().getFirst("JSESSIONID");
            assertThat(session).isNotNull();
            from.get()
                    .uri("/api/me")
                    .cookie("JSESSIONID", session.getValue())
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.username")
                    .isEqualTo(account);
        }
        // The refusal message is on the form.
        from.get().uri("/login?error&refused").exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(
            WebTestClient client, String session, String username, String token, Consumer<HttpHeaders> headers) {
        var form = BodyInserters.fromFormData("username", username).with("password", PASSWORD);
        if (token != null) {
            form = form.with("_csrf", token);
        }
        var request = client.post()
                .uri("/login")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .headers(headers);
        if (session != null) {
            request = request.cookie("JSESSIONID", session);
        }
        return request.body(form).exchange();
    }

    /** Back to the form with the refusal; neither the session sent nor any the answer sets is signed in. */
    private void assertRefused(WebTestClient.ResponseSpec answer, String sentSession) {
        var result = answer.expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/login?error&refused"))
                .returnResult(Void.class);
        ResponseCookie cookie = result.getResponseCookies().getFirst("JSESSIONID");
        for (String session : new String[] {sentSession, cookie == null ? null : cookie.getValue()}) {
            if (session != null) {
                client().get()
                        .uri("/api/me")
                        .cookie("JSESSIONID", session)
                        .exchange()
                        .expectStatus()
                        .isUnauthorized();
            }
        }
    }
}
