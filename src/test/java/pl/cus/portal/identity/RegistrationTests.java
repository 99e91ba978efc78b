package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;

/**
 * Issue 14, items 2 and 3, as an attacker would try them on the API: registration tells nobody whether an address
 * has an account, an account is usable only after its link is followed, links work once and only as sent, and
 * registrations and reset requests are limited per address.
 */
class RegistrationTests extends PortalIntegrationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void registeringAnAddressWithAnAccountAnswersExactlyAsANewAddressDoes() {
        String fresh = "fresh-" + UUID.randomUUID() + "@example.org";
        var forExisting = register(clientFromAnywhere(), "anna@example.org", "a long enough passphrase", "Anna Nowak");
        var forNew = register(clientFromAnywhere(), fresh, "a long enough passphrase", "Anna Nowak");

        assertThat(forExisting.getStatus()).isEqualTo(HttpStatus.ACCEPTED).isEqualTo(forNew.getStatus());
        assertThat(forExisting.getResponseBody())
                .isEqualTo(forNew.getResponseBody())
                .doesNotContain("exist");
        // The owner of the address learns it from the mail: the existing account's says so and offers a reset.
        assertThat(newestMail("anna@example.org"))
                .contains("portal/forgotten-password")
                .doesNotContain("token=");
        assertThat(newestMail(fresh)).contains("portal/confirm-account?token=");
        // Nothing about anna's account changed.
        clientAs("anna").get().uri("/api/me").exchange().expectStatus().isOk();
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void withoutAnSmtpServerTheConfirmationLinkIsHeldAndLoggedAtInfo(
            org.springframework.boot.test.system.CapturedOutput output) {
        String email = "logged-" + UUID.randomUUID() + "@example.org";
        register(clientFromAnywhere(), email, "my own passphrase 6", "Lola Log");
        String token = mailedToken(email, "portal/confirm-account");
        assertThat(count("select count(*) as n from mail_outbox where recipient = '" + email + "' and status = 'HELD'"))
                .isEqualTo(1);
        assertThat(output.getOut())
                .contains("INFO")
                .contains("portal/confirm-account?token=" + token)
                .doesNotContain(email);
    }

    @Test
    void theAccountIsUsableOnlyAfterTheLinkIsFollowedAndTheLinkWorksOnce() {
        String email = "pending-" + UUID.randomUUID() + "@example.org";
        register(clientFromAnywhere(), email, "my own passphrase 7", "Ewa Próbna");
        basic(email, "my own passphrase 7")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized();

        String token = mailedToken(email, "portal/confirm-account");
        confirm(token)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo(email);
        basic(email, "my own passphrase 7")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();

        // Replayed: refused, and no second account.
        confirm(token)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("token");
        assertThat(count("select count(*) as n from account where email = '" + email + "'"))
                .isEqualTo(1);
    }

    @Test
    void aTamperedOrMadeUpTokenOpensNothing() {
        String email = "tamper-" + UUID.randomUUID() + "@example.org";
        register(clientFromAnywhere(), email, "my own passphrase 8", "Olek Próbny");
        String token = mailedToken(email, "portal/confirm-account");
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String wrong : List.of(tampered, token + "x", token.substring(1), "' or 1=1 --", "")) {
            confirm(wrong)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("token");
        }
        // A confirmation token does not reset a password either.
        client().post()
                .uri("/api/accounts/password-reset/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token, "password", "a new long passphrase"))
                .exchange()
                .expectStatus()
                .isBadRequest();
        basic(email, "my own passphrase 8")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        // The genuine one still works.
        confirm(token).expectStatus().isCreated();
    }

    @Test
    void onlyAHashOfTheTokenIsStored() throws Exception {
        String email = "hashed-" + UUID.randomUUID() + "@example.org";
        register(clientFromAnywhere(), email, "my own passphrase 9", "Ida Próbna");
        String token = mailedToken(email, "portal/confirm-account");
        String stored = db.sql("select token_hash from account_token where email = :email")
                .bind("email", email)
                .map(row -> row.get("token_hash", String.class))
                .one()
                .block(Duration.ofSeconds(5));
        assertThat(stored)
                .isNotEqualTo(token)
                .doesNotContain(token)
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes())));
        assertThat(count("select count(*) as n from account_token where token_hash like '%" + token + "%' "
                        + "or password_hash like '%my own passphrase%'"))
                .isZero();
    }

    @Test
    void theEleventhRegistrationOfOneAddressWithinAnHourGets429WithRetryAfter() {
        String email = "flood-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 10; i++) {
            // From different client addresses: the limit is the e-mail address's.
            register(clientFromAnywhere(), email, "my own passphrase " + i, "Flood Test");
        }
        String body = clientFromAnywhere()
                .post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "email", email.toUpperCase(), "password", "my own passphrase 10", "displayName", "Flood Test"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(1L, 3600L))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).contains("\"status\":429").doesNotContain("Exception");
        assertThat(count("select count(*) as n from mail_outbox where recipient = '" + email + "'"))
                .isEqualTo(10);
        // A reset request for the address counts against the same allowance.
        requestReset(clientFromAnywhere(), email).expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void oneClientAskingForManyAddressesIsLimitedToo() {
        WebTestClient client = clientFromAnywhere();
        int accepted = 0;
        for (; accepted < 150; accepted++) {
            var status = requestReset(client, "nobody-" + UUID.randomUUID() + "@example.org")
                    .returnResult(String.class)
                    .getStatus();
            if (status.value() == 429) {
                break;
            }
            assertThat(status.value()).isEqualTo(202);
        }
        assertThat(accepted)
                .as("requests before the client is limited (cus.identity.registration.per-client)")
                .isEqualTo(100);
    }

    @Test
    void aForgottenPasswordIsResetOnceByTheMailedLinkWithoutSayingWhetherTheAddressHasAnAccount() {
        String email = "reset-" + UUID.randomUUID() + "@example.org";
        registerConfirmed(email, "the old passphrase 1", "Rita Reset");
        // Someone signed in with the old password (on another device, or whoever learnt it) is signed out by the reset.
        WebTestClient elsewhere = clientFromAnywhere();
        String oldSession = SignInFixtures.signedInSession(elsewhere, port, email, "the old passphrase 1");
        elsewhere
                .get()
                .uri("/api/me")
                .cookie("JSESSIONID", oldSession)
                .exchange()
                .expectStatus()
                .isOk();

        String forAccount = requestReset(clientFromAnywhere(), email)
                .expectStatus()
                .isAccepted()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        String forNobody = requestReset(clientFromAnywhere(), "nobody-" + UUID.randomUUID() + "@example.org")
                .expectStatus()
                .isAccepted()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(forAccount).isEqualTo(forNobody);

        String token = mailedToken(email, "portal/reset-password");
        // The new password follows the rules like any other.
        reset(token, "the old passphrase 1".substring(0, 8))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("password");
        reset(token, "a brand new passphrase 2").expectStatus().isNoContent();
        basic(email, "the old passphrase 1")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        basic(email, "a brand new passphrase 2")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();
        elsewhere
                .get()
                .uri("/api/me")
                .cookie("JSESSIONID", oldSession)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        // Single use.
        reset(token, "a third passphrase 3")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("token");
        basic(email, "a brand new passphrase 2")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void weakPasswordsAreRefusedEachWithItsReason() {
        Map<String, String> weak = Map.of(
                "short pass", "at least 12 characters",
                "zzzzzzzzzzzzzzzz", "one character repeated",
                "kowalczyk.jan-1984", "your e-mail address or your name",
                "BozenaWisniewska1", "your e-mail address or your name",
                "1qaz2wsx3edc", "common or leaked",
                "dragon123456!", "common or leaked");
        weak.forEach((password, reason) -> clientFromAnywhere()
                .post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "email", "kowalczyk.jan@example.org", "password", password, "displayName", "Bożena Wisniewska"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo("password")
                .jsonPath("$.errors[0].message")
                .value(message -> assertThat((String) message).as(password).contains(reason)));
        assertThat(count("select count(*) as n from mail_outbox where recipient = 'kowalczyk.jan@example.org'"))
                .isZero();
    }

    private org.springframework.test.web.reactive.server.EntityExchangeResult<String> register(
            WebTestClient client, String email, String password, String name) {
        return client.post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password, "displayName", name))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(String.class)
                .returnResult();
    }

    private WebTestClient.ResponseSpec confirm(String token) {
        return client().post()
                .uri("/api/accounts/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token))
                .exchange();
    }

    private WebTestClient.ResponseSpec requestReset(WebTestClient client, String email) {
        return client.post()
                .uri("/api/accounts/password-reset")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email))
                .exchange();
    }

    private WebTestClient.ResponseSpec reset(String token, String password) {
        return client().post()
                .uri("/api/accounts/password-reset/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("token", token, "password", password))
                .exchange();
    }

    private WebTestClient basic(String username, String password) {
        return WebTestClient.bindToServer(connector())
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(username, password))
                .build();
    }

    private String newestMail(String email) {
        return db.sql("select body from mail_outbox where recipient = :to order by created_at desc limit 1")
                .bind("to", email)
                .map(row -> row.get("body", String.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block(Duration.ofSeconds(5));
    }
}
