package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;

/**
 * Drill 5 (issue 9): brute force on sign-in is slowed (per account and per address, form and HTTP Basic), sessions
 * time out, and the security headers are on every page and API answer. Each test uses its own fresh accounts and
 * its own loopback address, so no demo account and not 127.0.0.1 is ever locked for the rest of the suite.
 */
class SecurityHardeningTests extends PortalIntegrationTest {

    @Autowired
    ApplicationContext context;

    private String registerResident(String password) {
        String email = "throttle-" + UUID.randomUUID() + "@example.org";
        registerConfirmed(email, password, "Próba Logowania");
        return email;
    }

    @Test
    void basicAuthBruteForceOnOneAccountGets429WithRetryAfterEvenForTheRightPassword() {
        String account = registerResident("the right password 1");
        for (int i = 0; i < 5; i++) {
            String guess = "guess " + i;
            client().get()
                    .uri("/api/me")
                    .headers(h -> h.setBasicAuth(account, guess))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
        String body = client().get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(account, "the right password 1"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 180L))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body)
                .contains("\"status\":429")
                .contains("Too many failed sign-in attempts")
                .doesNotContain("Exception");
        System.out.println(
                "[drill 5] Basic: 5 failures lock the account; the 6th attempt got 429, Retry-After <= 180 s");

        // Another account from the same address is not affected by one account's lock.
        String other = registerResident("the right password 2");
        client().get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(other, "the right password 2"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void formSignInBruteForceIsSentBackToTheFormWithTheReason() {
        String account = registerResident("the right password 3");
        for (int i = 0; i < 5; i++) {
            formSignIn(client(), account, "guess " + i)
                    .expectStatus()
                    .isFound()
                    .expectHeader()
                    .value(
                            "Location",
                            location -> assertThat(location)
                                    .contains("/login?error")
                                    .doesNotContain("throttled"));
        }
        formSignIn(client(), account, "the right password 3")
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).contains("/login?error&throttled="));
        client().get()
                .uri("/login?error&throttled=180")
                .exchange()
                .expectStatus()
                .isOk();
        System.out.println(
                "[drill 5] form: 5 failures lock the account; the right password is then refused with a message");
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedForEveryAccountFromThatAddress() {
        String account = registerResident("the right password 4");
        WebTestClient attacker = clientFrom("127.0.0.77");
        int failures = 0;
        for (; failures < 200; failures++) {
            var status = attacker.get()
                    .uri("/api/me")
                    .headers(h -> h.setBasicAuth("nobody-" + UUID.randomUUID(), "guess"))
                    .exchange()
                    .returnResult(String.class)
                    .getStatus();
            if (status.value() == 429) {
                break;
            }
            assertThat(status.value()).isEqualTo(401);
        }
        assertThat(failures)
                .as("failures before the address is locked (cus.identity.login-throttle.per-address)")
                .isEqualTo(50);
        attacker.get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(account, "the right password 4"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .exists("Retry-After");
        formSignIn(attacker, account, "the right password 4")
                .expectHeader()
                .value("Location", location -> assertThat(location).contains("throttled"));
        // The same account from another address signs in.
        clientFrom("127.0.0.78")
                .get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(account, "the right password 4"))
                .exchange()
                .expectStatus()
                .isOk();
        System.out.println("[drill 5] address: locked after " + failures + " failed attempts with different usernames");
    }

    @Test
    void aSessionTimesOutAfterTheConfiguredIdleTime() throws Exception {
        String account = registerResident("the right password 5");
        var result = formSignIn(client(), account, "the right password 5")
                .expectStatus()
                .isFound()
                .returnResult(Void.class);
        ResponseCookie cookie = result.getResponseCookies().getFirst("JSESSIONID");
        assertThat(cookie).isNotNull();
        client().get()
                .uri("/api/me")
                .cookie("JSESSIONID", cookie.getValue())
                .exchange()
                .expectStatus()
                .isOk();

        Session session = tomcatContext().getManager().findSession(cookie.getValue());
        assertThat(session).isNotNull();
        // server.servlet.session.timeout=30m is what real sessions get.
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        // Idle for longer than its timeout (shortened here, not waited for): the session is gone.
        session.setMaxInactiveInterval(1);
        Thread.sleep(2_100);
        client().get()
                .uri("/api/me")
                .cookie("JSESSIONID", cookie.getValue())
                .exchange()
                .expectStatus()
                .isUnauthorized();
        client().get()
                .uri("/backoffice")
                .cookie("JSESSIONID", cookie.getValue())
                .exchange()
                .expectStatus()
                .isFound()
                .expectHeader()
                .value("Location", location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void pagesCarryContentSecurityPolicyFrameOptionsAndNoStore() {
        for (String page : new String[] {"/login", "/", "/portal/register"}) {
            client().get()
                    .uri(page)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .value(
                            "Content-Security-Policy",
                            csp -> assertThat(csp)
                                    .contains("default-src 'self'")
                                    .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                                    .contains("frame-ancestors 'none'")
                                    .contains("object-src 'none'"))
                    .expectHeader()
                    .valueEquals("X-Frame-Options", "DENY")
                    .expectHeader()
                    .valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader()
                    .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                    // Plain HTTP: HSTS would be meaningless (and is ignored by browsers), so it is not sent.
                    .expectHeader()
                    .doesNotExist("Strict-Transport-Security");
        }
        // Back-office and case pages: never cached.
        String session = formSignIn(client(), "ewa", "demo")
                .expectStatus()
                .isFound()
                .returnResult(Void.class)
                .getResponseCookies()
                .getFirst("JSESSIONID")
                .getValue();
        for (String page : new String[] {"/backoffice", "/backoffice/applications"}) {
            client().get()
                    .uri(page)
                    .cookie("JSESSIONID", session)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                    .expectHeader()
                    .exists("Content-Security-Policy");
        }
    }

    @Test
    void apiAnswersWithPersonalDataAreNotStoredAndNotFramed() {
        for (String route : new String[] {"/api/me", "/api/applications", "/api/notifications"}) {
            clientAs("anna")
                    .get()
                    .uri(route)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                    .expectHeader()
                    .valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                    .expectHeader()
                    .valueEquals("X-Frame-Options", "DENY")
                    .expectHeader()
                    .valueEquals("X-Content-Type-Options", "nosniff");
        }
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Cache-Control", value -> assertThat(value).contains("no-store"));
    }

    @Test
    void strictTransportSecurityIsSentOnHttps() throws Exception {
        FilterChainProxy security = context.getBean(FilterChainProxy.class);
        for (String path : new String[] {"/styles/cus.css", "/api/catalog/services"}) {
            var request =
                    new MockHttpServletRequest(context.getBean(jakarta.servlet.ServletContext.class), "GET", path);
            request.setServletPath(path);
            request.setSecure(true);
            request.setScheme("https");
            request.setServerPort(443);
            var response = new MockHttpServletResponse();
            security.doFilter(request, response, (req, res) -> ((HttpServletResponse) res).setStatus(200));
            assertThat(response.getHeader("Strict-Transport-Security"))
                    .as(path)
                    .isEqualTo("max-age=31536000 ; includeSubDomains");
        }
    }

    private WebTestClient.ResponseSpec formSignIn(WebTestClient client, String username, String password) {
        return SignInFixtures.signIn(client, port, username, password);
    }

    private Context tomcatContext() {
        var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        return (Context) server.getTomcat().getHost().findChildren()[0];
    }
}
