package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.intake.IntakeFixtures.ipus;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Messages between resident and centre, and the access log. */
class MessagesAndAccessLogTests extends PortalIntegrationTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    BackOfficeApplications backOffice;

    private JsonNode submitted(String user, Map<String, Object> body) {
        return submit(clientAs(user), key(), body)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void residentAndStaffWriteInOneThreadStoredVerbatim() {
        String id = submitted("anna", ipus("wiadomości")).get("id").stringValue();
        IntakeFixtures.assign(backOffice, id, IntakeFixtures.EWA);
        String question = "Czy mogę przyjść z dzieckiem? <script>alert(1)</script>";
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", question))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.fromCentre")
                .isEqualTo(false)
                .jsonPath("$.text")
                .isEqualTo(question);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Tak, zapraszamy."))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.fromCentre")
                .isEqualTo(true)
                .jsonPath("$.authorName")
                .isEqualTo("Ewa Kowalska");
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/messages")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].text")
                .isEqualTo(question)
                .jsonPath("$[1].text")
                .isEqualTo("Tak, zapraszamy.");
    }

    @Test
    void messagesAreValidatedAndResidentsCannotUseTheBackOfficeRoute() {
        String id = submitted("anna", ipus("walidacja")).get("id").stringValue();
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", " "))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("text");
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "x".repeat(4001)))
                .exchange()
                .expectStatus()
                .isBadRequest();
        clientAs("anna")
                .post()
                .uri("/api/backoffice/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "hej"))
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("olena")
                .post()
                .uri("/api/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "hej"))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void staffReadIsLoggedAndTheResidentSeesWhoAndWhen() {
        String id = submitted("anna", ipus("kto czytał")).get("id").stringValue();
        IntakeFixtures.assign(backOffice, id, IntakeFixtures.EWA);
        // The resident's own reads are not logged.
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/access-log")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(0);

        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.id")
                .isEqualTo(id)
                .jsonPath("$.needs")
                .isEqualTo("kto czytał");

        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/access-log")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].who")
                .isEqualTo("Ewa Kowalska")
                .jsonPath("$[0].role")
                .isEqualTo("COORDINATOR")
                .jsonPath("$[0].at")
                .isNotEmpty()
                .jsonPath("$[0].purpose")
                .isEqualTo("application review");

        clientAs("olena")
                .get()
                .uri("/api/applications/" + id + "/access-log")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void theBackOfficeRouteIsForStaffAndAnUnknownIdIsNotLogged() {
        String id = submitted("anna", ipus("back office")).get("id").stringValue();
        clientAs("anna")
                .get()
                .uri("/api/backoffice/applications/" + id)
                .exchange()
                .expectStatus()
                .isForbidden();
        UUID unknown = UUID.randomUUID();
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + unknown)
                .exchange()
                .expectStatus()
                .isNotFound();
        Long entries = db.sql("select count(*) as n from access_log where record_id = :id")
                .bind("id", unknown)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
        assertThat(entries).isZero();
    }

    @Test
    void theAccessLogIsAppendOnly() {
        String id = submitted("anna", ipus("append only")).get("id").stringValue();
        clientAs("jan")
                .get()
                .uri("/api/backoffice/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk();
        var attempt = db.sql("delete from access_log where record_id = :id")
                .bind("id", UUID.fromString(id))
                .then();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> attempt.block(Duration.ofSeconds(5)))
                .hasMessageContaining("append-only");
    }
}
