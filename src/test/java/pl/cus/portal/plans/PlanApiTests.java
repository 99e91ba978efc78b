package pl.cus.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.JsonNode;

/** The plan over HTTP: who writes, reads, agrees and approves; versions; and the effect on the 30-day deadline. */
class PlanApiTests extends PortalIntegrationTest {

    static final String S1 = "5e4f1ce0-0000-4000-8000-000000000001";
    static final String S2 = "5e4f1ce0-0000-4000-8000-000000000002";
    static final String S3 = "5e4f1ce0-0000-4000-8000-000000000003";
    static final String S4 = "5e4f1ce0-0000-4000-8000-000000000004";
    static final String S5 = "5e4f1ce0-0000-4000-8000-000000000005";
    static final String S9 = "5e4f1ce0-0000-4000-8000-000000000009";

    @Autowired
    DatabaseClient db;

    /** Anna's application, taken by Ewa. */
    private String assignedToEwa() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "IPUS");
        body.put("serviceIds", List.of(S1, S2));
        body.put("needs", "Potrzebujemy wsparcia dla syna po szkole.");
        body.put("contact", Map.of("channel", "EMAIL", "value", "anna@example.org"));
        body.put("consent", true);
        String id = clientAs("anna")
                .post()
                .uri("/api/applications")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assignment")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("assignee", "ewa"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        return id;
    }

    private static Map<String, Object> plan(String from, String to, List<String> services, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", from);
        body.put("to", to);
        body.put(
                "items",
                services.stream()
                        .map(s -> Map.of(
                                "serviceId",
                                s,
                                "provider",
                                "Fundacja Razem",
                                "place",
                                "ul. Słoneczna 5",
                                "schedule",
                                "co wtorek 16:00–17:00"))
                        .toList());
        body.put("goals", "Syn ma gdzie odrabiać lekcje, a ja mogę wrócić do pracy.");
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private WebTestClient.ResponseSpec put(String user, String id, Object body) {
        return clientAs(user)
                .put()
                .uri("/api/backoffice/applications/" + id + "/plan")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private JsonNode json(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String user, String path) {
        return clientAs(user).post().uri(path).exchange();
    }

    @Test
    void thePeriodMustBeThreeToTwelveMonthsAndItemsComplete() {
        String id = assignedToEwa();
        JsonNode tooShort = json(put("ewa", id, plan("2027-01-10", "2027-04-08", List.of(S1), null))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(tooShort.get("errors").get(0).get("field").stringValue()).isEqualTo("to");
        assertThat(tooShort.get("errors").get(0).get("message").stringValue()).contains("at least 3 months");
        put("ewa", id, plan("2027-01-10", "2027-04-09", List.of(S1), null))
                .expectStatus()
                .isOk();
        put("ewa", id, plan("2027-01-10", "2028-01-09", List.of(S1), null))
                .expectStatus()
                .isOk();
        JsonNode tooLong = json(put("ewa", id, plan("2027-01-10", "2028-01-10", List.of(S1), null))
                .expectStatus()
                .isBadRequest());
        assertThat(tooLong.get("errors").get(0).get("message").stringValue()).contains("at most 12 months");

        Map<String, Object> badItem = plan("2027-01-10", "2027-07-09", List.of(S1), null);
        badItem.put(
                "items",
                List.of(Map.of(
                        "serviceId",
                        "5e4f1ce0-0000-4000-8000-000000000030",
                        "provider",
                        "",
                        "place",
                        "tu",
                        "schedule",
                        "co tydzień")));
        JsonNode invalid = json(put("ewa", id, badItem).expectStatus().isBadRequest());
        assertThat(invalid.get("errors").findValuesAsString("field"))
                .containsExactly("items[0].serviceId", "items[0].provider");
    }

    @Test
    void warningsComeWithTheSavedPlan() {
        String id = assignedToEwa();
        JsonNode saved = json(put("ewa", id, plan("2027-01-10", "2027-07-09", List.of(S1, S2, S3, S4, S9), null))
                .expectStatus()
                .isOk());
        assertThat(saved.get("warnings").findValuesAsString("code"))
                .containsExactly("EXCLUSIVE_SERVICES", "MORE_THAN_FOUR");
        assertThat(saved.get("items").get(0).get("serviceName").stringValue()).isNotBlank();
        JsonNode calm = json(put("ewa", id, plan("2027-01-10", "2027-07-09", List.of(S1, S2), null))
                .expectStatus()
                .isOk());
        assertThat(calm.get("warnings").size()).isZero();
        assertThat(calm.get("version").intValue()).isEqualTo(1);
    }

    @Test
    void onlyTheAssignedCoordinatorOrTheOrganiserWrites() {
        String id = assignedToEwa();
        var body = plan("2027-01-10", "2027-07-09", List.of(S1), null);
        put("piotr", id, body).expectStatus().isNotFound();
        put("anna", id, body).expectStatus().isForbidden();
        put("dyrektor", id, body).expectStatus().isForbidden();
        put("jan", id, body).expectStatus().isOk();
        put("ewa", id, body).expectStatus().isOk();
        clientAs("piotr")
                .get()
                .uri("/api/backoffice/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("olena")
                .get()
                .uri("/api/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.goals")
                .isNotEmpty();
    }

    @Test
    void onlyTheOwnerAgreesAndOnlyTheDirectorApproves() {
        String id = assignedToEwa();
        put("ewa", id, plan("2027-01-10", "2027-07-09", List.of(S1), null))
                .expectStatus()
                .isOk();
        post("olena", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isNotFound();
        post("ewa", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isForbidden();
        for (String user : List.of("ewa", "jan", "anna")) {
            post(user, "/api/backoffice/applications/" + id + "/plan/approval")
                    .expectStatus()
                    .isForbidden();
        }
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/change-request")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("message", "Wolałabym zajęcia w środy."))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.changeRequest")
                .isEqualTo("Wolałabym zajęcia w środy.");
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/change-request")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("message", " "))
                .exchange()
                .expectStatus()
                .isBadRequest();
        json(post("anna", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isOk());
        post("anna", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        // Agreed: no more withdrawal, and no prepared plan yet without the director.
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.withdrawable")
                .isEqualTo(false)
                .jsonPath("$.status")
                .isEqualTo("PLAN_AGREED")
                .jsonPath("$.deadlineState")
                .isEqualTo("ON_TRACK");
        post("anna", "/api/applications/" + id + "/withdrawal").expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aChangeAfterAgreementMakesANewVersionWithAReasonAndTheOldOneStaysReadable() {
        String id = assignedToEwa();
        put("ewa", id, plan("2027-01-10", "2027-07-09", List.of(S1), null))
                .expectStatus()
                .isOk();
        post("anna", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isOk();
        JsonNode noReason = json(put("ewa", id, plan("2027-01-10", "2027-10-09", List.of(S1, S2), null))
                .expectStatus()
                .isBadRequest());
        assertThat(noReason.get("errors").get(0).get("field").stringValue()).isEqualTo("reason");
        JsonNode second = json(put(
                        "ewa",
                        id,
                        plan("2027-01-10", "2027-10-09", List.of(S1, S2), "Rodzina chce dodać zajęcia sportowe."))
                .expectStatus()
                .isOk());
        assertThat(second.get("version").intValue()).isEqualTo(2);
        assertThat(second.get("agreed").booleanValue()).isFalse();
        JsonNode versions = json(clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/plan/versions")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).get("to").stringValue()).isEqualTo("2027-07-09");
        assertThat(versions.get(0).get("agreedOn").isNull()).isFalse();
        assertThat(versions.get(1).get("reason").stringValue()).isEqualTo("Rodzina chce dodać zajęcia sportowe.");
        // Before the new version is agreed it may still be corrected in place.
        put("ewa", id, plan("2027-01-10", "2027-10-09", List.of(S2), null))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(2);
    }

    @Test
    void agreementAndApprovalMeetTheDeadlineOnceAndTheBoardShowsIt() {
        String id = assignedToEwa();
        put("ewa", id, plan("2027-01-10", "2027-07-09", List.of(S1), null))
                .expectStatus()
                .isOk();
        post("dyrektor", "/api/backoffice/applications/" + id + "/plan/approval")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.approved")
                .isEqualTo(true)
                .jsonPath("$.preparedOn")
                .doesNotExist();
        post("dyrektor", "/api/backoffice/applications/" + id + "/plan/approval")
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        JsonNode agreed = json(post("anna", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isOk());
        assertThat(agreed.get("preparedOn").stringValue()).isNotBlank();
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.deadlineState")
                .isEqualTo("MET")
                .jsonPath("$.status")
                .isEqualTo("PLAN_PREPARED");
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.deadlineState")
                .isEqualTo("MET");
        // A later version agreed and approved again does not prepare the plan a second time.
        put("ewa", id, plan("2027-01-10", "2027-10-09", List.of(S1), "Dłuższy okres."))
                .expectStatus()
                .isOk();
        post("anna", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isOk();
        post("dyrektor", "/api/backoffice/applications/" + id + "/plan/approval")
                .expectStatus()
                .isOk();
        Long prepared = db.sql("select count(*) as n from event_log where type = 'PlanPrepared' and aggregate_id = :id")
                .bind("id", UUID.fromString(id))
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
        assertThat(prepared).isEqualTo(1);

        long until = System.currentTimeMillis() + 15_000;
        String state = null;
        while (System.currentTimeMillis() < until) {
            var result = clientAs("jan")
                    .get()
                    .uri("/api/backoffice/deadlines/" + id)
                    .exchange()
                    .expectBody(JsonNode.class)
                    .returnResult();
            // The board follows the event log asynchronously: the case may not be there yet.
            state = result.getStatus().is2xxSuccessful()
                    ? result.getResponseBody().get("deadlineState").stringValue()
                    : null;
            if ("MET".equals(state)) {
                break;
            }
            sleep();
        }
        assertThat(state).isEqualTo("MET");
    }

    @Test
    void aPlanPreparedAfterTheDueDateIsMetLate() {
        String id = assignedToEwa();
        db.sql("update application set plan_due_date = :due where id = :id")
                .bind("due", LocalDate.now().minusDays(3))
                .bind("id", UUID.fromString(id))
                .then()
                .block(Duration.ofSeconds(5));
        put("ewa", id, plan("2027-01-10", "2027-07-09", List.of(S1), null))
                .expectStatus()
                .isOk();
        post("anna", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isOk();
        post("dyrektor", "/api/backoffice/applications/" + id + "/plan/approval")
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
                .isEqualTo("MET_LATE");
    }

    @Test
    void noPlanYetIsNotFound() {
        String id = assignedToEwa();
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isNotFound();
        post("anna", "/api/applications/" + id + "/plan/agreement")
                .expectStatus()
                .isNotFound();
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
