package pl.cus.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.triage.TriageFixtures.ANNA;
import static pl.cus.portal.triage.TriageFixtures.OLENA;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.triage.internal.TriageProperties;
import tools.jackson.databind.JsonNode;

/** The assignment, suggestion, workload and needs-assessment routes over HTTP, with the whole application behind them. */
class TriageApiTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Applications applications;

    @Autowired
    TriageProperties triage;

    private ApplicationView piaski() {
        return TriageFixtures.submitIpus(
                applications, ANNA, "Piaski", "pl", "Opieka wytchnieniowa " + UUID.randomUUID());
    }

    private WebTestClient.ResponseSpec assign(
            String as, ApplicationView application, String assignee, String reason, Boolean reassign) {
        Map<String, Object> body = new HashMap<>();
        body.put("assignee", assignee);
        body.put("reason", reason);
        if (reassign != null) {
            body.put("reassign", reassign);
        }
        return clientAs(as)
                .post()
                .uri(
                        "/api/backoffice/applications/{id}/assignment",
                        application.id().value())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @Test
    void theOrganiserAssignsByUsernameAndGetsTheUpdatedApplication() {
        var application = piaski();

        JsonNode body = assign("jan", application, "ewa", "Dzielnica Piaski, zespół Stare Miasto", false)
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(body.get("id").stringValue()).isEqualTo(application.id().toString());
        assertThat(body.get("reference").stringValue()).isEqualTo(application.reference());
        assertThat(body.get("kind").stringValue()).isEqualTo("IPUS");
        assertThat(body.get("status").stringValue()).isEqualTo("ASSIGNED");
        assertThat(body.get("assignee").stringValue()).isEqualTo("ewa");
        assertThat(body.get("team").stringValue()).isEqualTo("Stare Miasto");
        assertThat(body.get("planDueDate").stringValue())
                .isEqualTo(application.planDueDate().toString());
        assertThat(body.get("deadlineState").stringValue()).isEqualTo("ON_TRACK");
        assertThat(body.get("submittedAt").isNull()).isFalse();
    }

    @Test
    void anUnknownAssigneeIsNamedInA400() {
        JsonNode problem = assign("jan", piaski(), "nikt-taki", "test", false)
                .expectStatus()
                .isBadRequest()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("assignee");

        // A resident's account is no member of staff either.
        assign("jan", piaski(), "anna", "test", false).expectStatus().isBadRequest();
    }

    @Test
    void residentsAndCoordinatorsAssigningSomeoneElseAreForbidden() {
        var application = piaski();
        assign("anna", application, "ewa", "proszę", false).expectStatus().isForbidden();
        assign("piotr", application, "ewa", "zastępstwo", false).expectStatus().isForbidden();

        // Taking it oneself is allowed.
        assign("piotr", application, "piotr", null, false)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.assignee")
                .isEqualTo("piotr");
    }

    @Test
    void aSecondAssignmentIsAConflictUnlessItSaysReassign() {
        var application = piaski();
        assign("jan", application, "ewa", "pierwszy przydział", false)
                .expectStatus()
                .isOk();

        assign("jan", application, "piotr", "drugi ekran", false)
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assign("jan", application, "piotr", "urlop Ewy", true)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.assignee")
                .isEqualTo("piotr");
    }

    @Test
    void theSuggestionNamesThePersonAndSaysWhyInWords() {
        var application = TriageFixtures.submitIpus(
                applications, OLENA, "Zatorze", "uk", "Потрібна підтримка " + UUID.randomUUID());

        JsonNode body = clientAs("jan")
                .get()
                .uri(
                        "/api/backoffice/applications/{id}/suggestion",
                        application.id().value())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(body.get("assignee").stringValue()).isEqualTo("piotr");
        assertThat(body.get("reason").stringValue())
                .startsWith("Piotr Wiśniewski: zespół Śródmieście obsługuje dzielnicę Zatorze, mówi po ukraińsku, ma ")
                .contains("aktywn");

        clientAs("anna")
                .get()
                .uri(
                        "/api/backoffice/applications/{id}/suggestion",
                        application.id().value())
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void theSixteenthFamilyForAFamilyAssistantIsRefusedWithAClearMessage() {
        assertThat(triage.familyAssistantLimit()).isEqualTo(15);
        int active = martasActiveCases();
        Map<ApplicationView, Actor> created = new HashMap<>();
        try {
            for (int i = active; i < 15; i++) {
                Actor resident = i % 2 == 0 ? ANNA : OLENA;
                var application =
                        TriageFixtures.submitZaZyciem(applications, resident, "limit-test-" + UUID.randomUUID());
                created.put(application, resident);
                assign("jan", application, "marta", "rodzina nr " + (i + 1), false)
                        .expectStatus()
                        .isOk();
            }
            // Other tests give marta families through the intake service and may leave her above the limit already.
            int full = Math.max(15, active);
            assertThat(martasActiveCases()).isEqualTo(full);

            var sixteenth = TriageFixtures.submitZaZyciem(applications, ANNA, "limit-test-" + UUID.randomUUID());
            created.put(sixteenth, ANNA);
            JsonNode problem = assign("jan", sixteenth, "marta", "rodzina nr 16", false)
                    .expectStatus()
                    .isEqualTo(409)
                    .expectBody(JsonNode.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(problem.get("detail").stringValue())
                    .contains("Marta Zielińska")
                    .contains("15")
                    .contains("limit");
            assertThat(martasActiveCases()).isEqualTo(full);

            // A coordinator has no such limit: the same application goes to ewa.
            assign("jan", sixteenth, "ewa", "asystentki mają komplet", false)
                    .expectStatus()
                    .isOk();
        } finally {
            // Other tests assign to marta too: free her again.
            created.forEach((application, resident) ->
                    applications.withdraw(resident, application.id()).block(WAIT));
        }
    }

    private int martasActiveCases() {
        JsonNode workloads = clientAs("jan")
                .get()
                .uri("/api/backoffice/workloads")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        for (JsonNode workload : workloads) {
            if ("marta".equals(workload.get("username").stringValue())) {
                assertThat(workload.get("limit").intValue()).isEqualTo(15);
                return workload.get("activeCases").intValue();
            }
        }
        throw new AssertionError("no workload for marta in " + workloads);
    }

    private Map<String, Object> assessment(String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("needs", "Opieka nad mamą po udarze, kilka godzin w tygodniu.");
        body.put("servicesUsed", "Brak");
        body.put("justified", true);
        body.put("possible", true);
        body.put("feesExplained", true);
        body.put("feesNote", "Bez odpłatności w tym programie.");
        body.put("outcome", outcome);
        return body;
    }

    private WebTestClient.ResponseSpec recordAssessment(String as, ApplicationView application, Object body) {
        return clientAs(as)
                .post()
                .uri(
                        "/api/backoffice/applications/{id}/assessment",
                        application.id().value())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    @Test
    void onlyTheAssigneeOrTheOrganiserRecordsAndReadsTheAssessment() {
        var application = piaski();
        // Unassigned: nobody records yet.
        recordAssessment("jan", application, assessment("PLAN")).expectStatus().isEqualTo(409);
        assign("jan", application, "ewa", "Piaski", false).expectStatus().isOk();

        recordAssessment("piotr", application, assessment("PLAN"))
                .expectStatus()
                .isNotFound();
        recordAssessment("dyrektor", application, assessment("PLAN"))
                .expectStatus()
                .isForbidden();
        recordAssessment("anna", application, assessment("PLAN")).expectStatus().isForbidden();
        recordAssessment("ewa", application, Map.of("needs", " "))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields.toString())
                        .contains("needs")
                        .contains("justified")
                        .contains("possible")
                        .contains("feesExplained")
                        .contains("outcome"));

        recordAssessment("ewa", application, assessment("PLAN"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(1)
                .jsonPath("$.outcome")
                .isEqualTo("PLAN");
        assertThat(applications
                        .mine(ANNA, application.id())
                        .block(WAIT)
                        .status()
                        .name())
                .isEqualTo("ASSESSED");

        // A correction by the organiser adds a version.
        recordAssessment("jan", application, assessment("FORWARD"))
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(2);

        clientAs("ewa")
                .get()
                .uri(
                        "/api/backoffice/applications/{id}/assessment",
                        application.id().value())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].version")
                .isEqualTo(2)
                .jsonPath("$[0].recordedByName")
                .isEqualTo("Jan Mazur")
                .jsonPath("$[1].needs")
                .isEqualTo("Opieka nad mamą po udarze, kilka godzin w tygodniu.");
        clientAs("piotr")
                .get()
                .uri(
                        "/api/backoffice/applications/{id}/assessment",
                        application.id().value())
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("dyrektor")
                .get()
                .uri(
                        "/api/backoffice/applications/{id}/assessment",
                        application.id().value())
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void aClosedApplicationTakesNoAssessment() {
        var application = piaski();
        assign("jan", application, "ewa", "Piaski", false).expectStatus().isOk();
        applications.withdraw(ANNA, new ApplicationId(application.id().value())).block(WAIT);

        recordAssessment("ewa", application, assessment("PLAN")).expectStatus().isEqualTo(409);
        clientAs("ewa")
                .get()
                .uri(
                        "/api/backoffice/applications/{id}/assessment",
                        application.id().value())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(0);
    }
}
