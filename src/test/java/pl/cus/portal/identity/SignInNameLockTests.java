package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.identity.SignInFixtures.newResident;
import static pl.cus.portal.identity.SignInFixtures.signIn;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/**
 * Issue 14, item 1: one normalisation of the sign-in name for the account look-up, the lock and the log. Before it,
 * {@code \x01name} with the right password got in while {@code name} was locked, and each spelling had its own
 * allowance of wrong passwords. Each test uses fresh accounts and its own loopback address.
 */
class SignInNameLockTests extends PortalIntegrationTest {

    private static final String RIGHT = "the right password 14";

    @Autowired
    Accounts accounts;

    @Test
    void aLockedAccountStaysLockedWhateverSpellingOfItsNameIsTyped() {
        String account = newResident(this::registerConfirmed, RIGHT);
        WebTestClient from = clientFrom("127.0.0.79");
        for (int i = 0; i < 5; i++) {
            signIn(from, port, account, "guess " + i)
                    .expectStatus()
                    .isFound()
                    .expectHeader()
                    .value(
                            "Location",
                            location -> assertThat(location)
                                    .contains("/login?error")
                                    .doesNotContain("throttled"));
        }
        for (String spelling : List.of(
                account,
                "\u0001" + account,
                " " + account.toUpperCase(Locale.ROOT) + " ",
                account + "\u200b",
                "\t" + account,
                account + "\u0000",
                "\u202e" + account,
                account + "\u00a0")) {
            assertNotSignedIn(signIn(from, port, spelling, RIGHT), "form sign-in as " + escaped(spelling));
            int basic = from.get()
                    .uri("/api/me")
                    .headers(h -> h.setBasicAuth(spelling, RIGHT, StandardCharsets.UTF_8))
                    .exchange()
                    .returnResult(String.class)
                    .getStatus()
                    .value();
            assertThat(basic).as("Basic sign-in as %s", escaped(spelling)).isIn(401, 429);
        }
        System.out.println("[issue 14/1] a locked account: no spelling of its name with the right password gets in");
    }

    @Test
    void spellingsThatReachTheAccountShareOneAllowanceAndRefusedOnesNeverReachIt() {
        String account = newResident(this::registerConfirmed, RIGHT);
        WebTestClient from = clientFrom("127.0.0.80");
        // A refused spelling is never checked against the account, even with the right password.
        for (String refused : List.of(
                "\u0001" + account, account + "\u200b", account + "\n", "\u2028" + account, "\u00ad" + account)) {
            assertNotSignedIn(signIn(from, port, refused, RIGHT), "form sign-in as " + escaped(refused));
            from.get()
                    .uri("/api/me")
                    .headers(h -> h.setBasicAuth(refused, RIGHT, StandardCharsets.UTF_8))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
        // Five wrong passwords spread over five spellings of the same name are five against one allowance.
        List<String> spellings = List.of(
                account,
                account.toUpperCase(Locale.ROOT),
                " " + account,
                account + " \u00a0",
                "\u2003" + account.substring(0, 1).toUpperCase(Locale.ROOT) + account.substring(1));
        for (String spelling : spellings) {
            signIn(from, port, spelling, "wrong")
                    .expectHeader()
                    .value("Location", location -> assertThat(location).doesNotContain("throttled"));
        }
        signIn(from, port, account, RIGHT)
                .expectHeader()
                .value("Location", location -> assertThat(location).contains("/login?error&throttled="));
        from.get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(account, RIGHT, StandardCharsets.UTF_8))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void aStaffAccountsUsernameAndEmailAddressShareOneAllowance() {
        String username = "lock." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String email = username + "@cus.example.org";
        Actor admin =
                Actor.of(UUID.fromString("00000000-0000-0000-0000-000000000206"), "admin", "admin", Set.of(Role.ADMIN));
        String password = accounts.createStaff(
                        admin, new StaffAccountRequest(username, "Blokada Próbna", email, Set.of(Role.COORDINATOR)))
                .block(Duration.ofSeconds(15))
                .initialPassword();
        WebTestClient from = clientFrom("127.0.0.81");
        for (int i = 0; i < 5; i++) {
            String name = i % 2 == 0 ? username : email.toUpperCase(Locale.ROOT);
            from.get()
                    .uri("/api/me")
                    .headers(h -> h.setBasicAuth(name, "wrong", StandardCharsets.UTF_8))
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
        for (String name : List.of(username, email)) {
            from.get()
                    .uri("/api/me")
                    .headers(h -> h.setBasicAuth(name, password, StandardCharsets.UTF_8))
                    .exchange()
                    .expectStatus()
                    .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            signIn(from, port, name, password)
                    .expectHeader()
                    .value("Location", location -> assertThat(location).contains("throttled"));
        }
    }

    /** Back to the form with an error (or refused outright by the request firewall): no session was signed in. */
    private static void assertNotSignedIn(WebTestClient.ResponseSpec answer, String what) {
        var result = answer.returnResult(Void.class);
        int status = result.getStatus().value();
        String location = result.getResponseHeaders().getFirst("Location");
        assertThat(status).as(what).isIn(302, 400);
        if (status == 302) {
            assertThat(location).as(what).contains("/login?error").doesNotEndWith("/start");
        }
    }

    private static String escaped(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints()
                .forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
