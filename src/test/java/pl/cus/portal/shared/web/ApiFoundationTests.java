package pl.cus.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import pl.cus.portal.PortalIntegrationTest;

/** The JSON API is served by the WebFlux routes under /api, and every failure is a problem detail. */
class ApiFoundationTests extends PortalIntegrationTest {

    @Test
    void signedInResidentSeesWhoTheyAre() {
        clientAs("anna")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.username")
                .isEqualTo("anna")
                .jsonPath("$.roles[0]")
                .isEqualTo("RESIDENT");
    }

    @Test
    void anonymousCallerGetsProblemDetail401WithoutBrowserChallenge() {
        client().get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist("WWW-Authenticate")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefused() {
        client().get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth("anna", "not-the-password"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void residentIsForbiddenFromTheBackOfficeApi() {
        clientAs("anna")
                .get()
                .uri("/api/backoffice/applications")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void unknownRouteIsProblemDetail404() {
        clientAs("anna")
                .get()
                .uri("/api/no/such/thing")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(404)
                .jsonPath("$.instance")
                .isEqualTo("/api/no/such/thing");
    }

    @Test
    void malformedJsonIsProblemDetail400WithoutInternals() {
        var body = client().post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": ")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void wrongContentTypeIs415() {
        client().post()
                .uri("/api/accounts")
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("hello")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "x".repeat(200_000);
        client().post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "big@example.org", "password", huge, "displayName", "Big"))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void residentRegistersConfirmsTheAddressThenSignsInAndASecondRegistrationOpensNothing() {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        UUID id = registerConfirmed(email, "long enough password", "Марія <script>alert(1)</script>");

        client().get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(email, "long enough password"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id.toString())
                .jsonPath("$.username")
                .isEqualTo(email)
                .jsonPath("$.displayName")
                .isEqualTo("Марія <script>alert(1)</script>")
                .jsonPath("$.roles[0]")
                .isEqualTo("RESIDENT");

        // Registering the address again answers as before and changes nothing: the mail tells the owner.
        clientFromAnywhere()
                .post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", "another long password", "displayName", "Someone"))
                .exchange()
                .expectStatus()
                .isAccepted();
        client().get()
                .uri("/api/me")
                .headers(h -> h.setBasicAuth(email, "long enough password"))
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void invalidRegistrationNamesEveryInvalidField() {
        client().post()
                .uri("/api/accounts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "not-an-address", "password", "short", "displayName", " "))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(3)
                .jsonPath("$.errors[?(@.field == 'email')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'password')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'displayName')]")
                .exists();
    }

    @Test
    void healthIsPublicAndUp() {
        client().get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void aNulCharacterInAQueryParameterIsNamedNotAServerError() {
        for (String uri : java.util.List.of(
                "/api/backoffice/applications?kind=IPUS%00",
                "/api/backoffice/deadlines?kind=%00x", "/api/backoffice/applications?q=a%00b")) {
            clientAs("jan")
                    .get()
                    .uri(java.net.URI.create("http://localhost:" + port + uri))
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field")
                    .exists();
        }
    }

    @Test
    void aNulCharacterInAJsonTextIsRefusedAsInputNotAServerError() {
        clientAs("anna")
                .post()
                .uri("/api/applications")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "kind",
                        "IPUS",
                        "serviceIds",
                        java.util.List.of("5e4f1ce0-0000-4000-8000-000000000001"),
                        "needs",
                        "pomoc\u0000",
                        "contact",
                        Map.of("channel", "PORTAL"),
                        "consent",
                        true))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
