package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.intake.IntakeFixtures.ipus;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** "My matters": reading one's own applications only, and withdrawing them. */
class ApplicationReadAndWithdrawTests extends PortalIntegrationTest {

    @Autowired
    DatabaseClient db;

    private String submitted(String user, String needs) {
        return submit(clientAs(user), key(), ipus(needs))
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
    }

    @Test
    void residentListsOwnApplicationsNewestFirstAndNoOneElses() {
        String older = submitted("anna", "starszy");
        String newer = submitted("anna", "nowszy");
        String olenas = submitted("olena", "Олена");
        JsonNode list = clientAs("anna")
                .get()
                .uri("/api/applications")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        var ids = new java.util.ArrayList<String>();
        list.forEach(app -> ids.add(app.get("id").stringValue()));
        assertThat(ids).contains(older, newer).doesNotContain(olenas);
        assertThat(ids.indexOf(newer)).isLessThan(ids.indexOf(older));
    }

    @Test
    void anotherResidentsApplicationAnswersExactlyLikeAnUnknownOne() {
        String annas = submitted("anna", "moje");
        String unknown = UUID.randomUUID().toString();
        JsonNode foreign = get("olena", "/api/applications/" + annas);
        JsonNode missing = get("olena", "/api/applications/" + unknown);
        assertThat(normalised(foreign, annas)).isEqualTo(normalised(missing, unknown));
        assertThat(foreign.get("status").intValue()).isEqualTo(404);
        // The same for every route under the application.
        for (String suffix : new String[] {"/messages", "/access-log"}) {
            assertThat(normalised(get("olena", "/api/applications/" + annas + suffix), annas))
                    .isEqualTo(normalised(get("olena", "/api/applications/" + unknown + suffix), unknown));
        }
        clientAs("olena")
                .post()
                .uri("/api/applications/" + annas + "/withdrawal")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("anna")
                .get()
                .uri("/api/applications/" + annas)
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aMalformedIdIs404() {
        clientAs("anna")
                .get()
                .uri("/api/applications/not-an-id")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void residentWithdrawsOnceAndTheDeadlineIsClosed() {
        String id = submitted("anna", "wycofam");
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/withdrawal")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("WITHDRAWN")
                .jsonPath("$.deadlineState")
                .isEqualTo("CLOSED")
                .jsonPath("$.withdrawable")
                .isEqualTo(false)
                .jsonPath("$.history.length()")
                .isEqualTo(2)
                .jsonPath("$.history[1].status")
                .isEqualTo("WITHDRAWN");
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/withdrawal")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        Long events = db.sql(
                        "select count(*) as n from event_log where type = 'ApplicationWithdrawn' and aggregate_id = :id")
                .bind("id", UUID.fromString(id))
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
        assertThat(events).isEqualTo(1);
        String payload = db.sql(
                        "select payload::text as p from event_log where type = 'ApplicationWithdrawn' and aggregate_id = :id")
                .bind("id", UUID.fromString(id))
                .map(row -> row.get("p", String.class))
                .one()
                .block(Duration.ofSeconds(5));
        assertThat(payload).contains("\"applicationId\"").contains("\"withdrawnOn\"");
    }

    @Test
    void anApplicationWithAnAgreedPlanCannotBeWithdrawn() {
        String id = submitted("anna", "plan uzgodniony");
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assignment")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of("assignee", "ewa"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        clientAs("ewa")
                .put()
                .uri("/api/backoffice/applications/" + id + "/plan")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of(
                        "from",
                        "2027-01-10",
                        "to",
                        "2027-07-09",
                        "goals",
                        "Cele rodziny.",
                        "items",
                        java.util.List.of(java.util.Map.of(
                                "serviceId",
                                IntakeFixtures.OFFERED_1,
                                "provider",
                                "Fundacja",
                                "place",
                                "ul. Słoneczna 5",
                                "schedule",
                                "co tydzień"))))
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/agreement")
                .exchange()
                .expectStatus()
                .isOk();
        // Agreed but not yet approved: no withdrawal, and the plan is not prepared yet.
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.withdrawable")
                .isEqualTo(false)
                .jsonPath("$.deadlineState")
                .isEqualTo("ON_TRACK");
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/withdrawal")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        clientAs("dyrektor")
                .post()
                .uri("/api/backoffice/applications/" + id + "/plan/approval")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.deadlineState")
                .isEqualTo("MET");
    }

    @Test
    void staffCannotWithdrawAsIfTheyWereTheResident() {
        String id = submitted("anna", "personel");
        clientAs("ewa")
                .post()
                .uri("/api/applications/" + id + "/withdrawal")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private JsonNode get(String user, String path) {
        return clientAs(user)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static JsonNode normalised(JsonNode problem, String id) {
        ObjectNode copy = (ObjectNode) problem.deepCopy();
        copy.put("detail", problem.get("detail").stringValue().replace(id, "{id}"));
        copy.put("instance", problem.get("instance").stringValue().replace(id, "{id}"));
        return copy;
    }
}
