package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.identity.SignInFixtures.newResident;
import static pl.cus.portal.identity.SignInFixtures.pageToken;
import static pl.cus.portal.identity.SignInFixtures.signIn;
import static pl.cus.portal.identity.SignInFixtures.signedInSession;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;

/**
 * Issue 14, item 5: a password change is throttled like sign-in (wrong current passwords use up the account's
 * allowance) and ends the person's other sessions. Fresh accounts, own loopback addresses.
 */
class PasswordChangeHardeningTests extends PortalIntegrationTest {

    @Test
    void changingThePasswordEndsEveryOtherSessionOfTheAccountButNotThisOne() {
        String account = newResident(this::registerConfirmed, "first password 14a");
        WebTestClient laptop = clientFrom("127.0.0.82");
        WebTestClient phone = clientFrom("127.0.0.83");
        String sessionA = signedInSession(laptop, port, account, "first password 14a");
        String sessionB = signedInSession(phone, port, account, "first password 14a");
        // A third session opened by an API client with Basic, which then goes on with the cookie.
        String sessionC = phone.get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(account, "first password 14a"))
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(Void.class)
                .getResponseCookies()
                .getFirst("JSESSIONID")
                .getValue();
        // Someone else's session is not touched.
        String other = newResident(this::registerConfirmed, "someone else 14a");
        String sessionOther = signedInSession(phone, port, other, "someone else 14a");
        for (String session : new String[] {sessionA, sessionB, sessionC, sessionOther}) {
            me(laptop, session).expectStatus().isOk();
        }

        laptop.post()
                .uri("/api/me/password")
                .cookie("JSESSIONID", sessionA)
                .header("X-CSRF-TOKEN", pageToken(laptop, sessionA))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "first password 14a", "newPassword", "second password 14a"))
                .exchange()
                .expectStatus()
                .isNoContent();

        me(laptop, sessionA)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo(account);
        me(phone, sessionB).expectStatus().isUnauthorized();
        me(phone, sessionC).expectStatus().isUnauthorized();
        phone.get()
                .uri("/portal/account/password")
                .cookie("JSESSIONID", sessionB)
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/login"));
        me(phone, sessionOther).expectStatus().isOk();
        System.out.println(
                "[issue 14/5] a password change in session A ended sessions B (form) and C (Basic); A goes on");
    }

    @Test
    void wrongCurrentPasswordsUseUpTheSignInAllowanceAndThenTheChangeIsRefusedWith429() {
        String account = newResident(this::registerConfirmed, "first password 14b");
        WebTestClient from = clientFrom("127.0.0.84");
        String session = signedInSession(from, port, account, "first password 14b");
        String token = pageToken(from, session);
        for (int i = 0; i < 5; i++) {
            change(from, session, token, "guess " + i)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("currentPassword");
        }
        // The sixth is refused before the password is looked at, even the right one.
        String body = change(from, session, token, "first password 14b")
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 180L))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).contains("\"status\":429").contains("Too many wrong passwords for this account");
        // One allowance: signing in with the right password is paused too, from anywhere.
        signIn(clientFrom("127.0.0.85"), port, account, "first password 14b")
                .expectHeader()
                .value("Location", location -> assertThat(location).contains("/login?error&throttled="));
        System.out.println("[issue 14/5] 5 wrong current passwords: the 6th change got 429 and sign-in is paused too");
    }

    private WebTestClient.ResponseSpec change(WebTestClient client, String session, String token, String current) {
        return client.post()
                .uri("/api/me/password")
                .cookie("JSESSIONID", session)
                .header("X-CSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", current, "newPassword", "a new password 14b"))
                .exchange();
    }

    private static WebTestClient.ResponseSpec me(WebTestClient client, String session) {
        return client.get().uri("/api/me").cookie("JSESSIONID", session).exchange();
    }
}
