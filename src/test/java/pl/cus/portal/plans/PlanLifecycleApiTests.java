package pl.cus.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
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

/** Meetings, monitoring, renewal and closure over HTTP: validation, who may, and what each step changes. */
class PlanLifecycleApiTests extends PortalIntegrationTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    Clock clock;

    private PlanFixtures fixtures() {
        return new PlanFixtures(this::clientAs);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A plan that began four months ago and runs two more. */
    private String inForce() {
        return fixtures().prepared(today().minusMonths(4), today().plusMonths(2));
    }

    private static Map<String, Object> meeting(
            LocalDate heldOn, List<Map<String, Object>> participants, LocalDate next) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("heldOn", heldOn.toString());
        body.put("participants", participants);
        body.put("goingWell", "Syn chętnie chodzi do świetlicy.");
        body.put("concerns", "Mama nie zdąża odebrać syna po pracy.");
        body.put("options", "Świetlica do 18:00, pomoc sąsiedzka, zmiana grafiku.");
        body.put("chosenServices", "Świetlica środowiskowa, poradnictwo zawodowe.");
        body.put(
                "agreements",
                List.of(
                        Map.of(
                                "who",
                                "Anna Nowak",
                                "what",
                                "Zapisze syna do świetlicy",
                                "by",
                                heldOn.plusDays(7).toString()),
                        Map.of(
                                "who",
                                "Ewa Kowalska",
                                "what",
                                "Umówi doradcę zawodowego",
                                "by",
                                heldOn.plusDays(14).toString())));
        if (next != null) {
            body.put("nextMeetingOn", next.toString());
        }
        return body;
    }

    private static List<Map<String, Object>> people() {
        return List.of(
                Map.of("name", "Anna Nowak", "role", "mama", "attended", true),
                Map.of("name", "Ewa Kowalska", "role", "koordynatorka, CUS Nadrzecze", "attended", true),
                Map.of("name", "Maria Lis", "role", "pedagog szkolny, SP 3", "attended", false));
    }

    private WebTestClient.ResponseSpec post(String user, String path, Object body) {
        return clientAs(user)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static JsonNode json(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static String plan(String id) {
        return "/api/backoffice/applications/" + id + "/plan";
    }

    private long events(String type, String id) {
        return db.sql("select count(*) as n from event_log where type = :type and aggregate_id = :id")
                .bind("type", type)
                .bind("id", UUID.fromString(id))
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }

    private static Map<String, Object> closure(String outcome, String reason, LocalDate summaryOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summaryOn", summaryOn.toString());
        body.put("summaryNotes", "Rozmowa podsumowująca z mamą: syn ma stałą opiekę, mama pracuje na pół etatu.");
        body.put(
                "courseAndResults", "Plan zrealizowany: świetlica od lutego, poradnictwo zawodowe, praca od kwietnia.");
        body.put("outcome", outcome);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    @Test
    void aMeetingNeedsParticipantsAndCompleteAgreementsAndTheNextMeetingIsAMonthLaterByDefault() {
        String id = fixtures().assignedToEwa();
        LocalDate held = today().minusDays(2);

        JsonNode none = json(post("ewa", plan(id) + "/meetings", meeting(held, List.of(), null))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(none.get("errors").findValuesAsString("field")).containsExactly("participants");

        var half = meeting(held, List.of(Map.of("name", "Anna Nowak", "role", " ")), null);
        half.put(
                "agreements",
                List.of(Map.of(
                        "who", "Anna Nowak", "what", "", "by", held.minusDays(1).toString())));
        JsonNode incomplete =
                json(post("ewa", plan(id) + "/meetings", half).expectStatus().isBadRequest());
        assertThat(incomplete.get("errors").findValuesAsString("field"))
                .containsExactly("participants[0].role", "agreements[0].what", "agreements[0].by");
        post("ewa", plan(id) + "/meetings", meeting(today().plusDays(1), people(), null))
                .expectStatus()
                .isBadRequest();
        post("ewa", plan(id) + "/meetings", meeting(held, people(), held))
                .expectStatus()
                .isBadRequest();

        // The first meeting comes before the plan is written.
        JsonNode first = json(post("ewa", plan(id) + "/meetings", meeting(held, people(), null))
                .expectStatus()
                .isCreated());
        assertThat(first.get("nextMeetingOn").stringValue())
                .isEqualTo(held.plusMonths(1).toString());
        assertThat(first.get("participants").size()).isEqualTo(3);
        assertThat(first.get("participants").get(2).get("attended").booleanValue())
                .isFalse();
        LocalDate chosen = held.plusDays(40);
        JsonNode second = json(post("ewa", plan(id) + "/meetings", meeting(today(), people(), chosen))
                .expectStatus()
                .isCreated());
        assertThat(second.get("nextMeetingOn").stringValue()).isEqualTo(chosen.toString());
        assertThat(events("PlanMeetingRecorded", id)).isEqualTo(2);

        JsonNode list = json(clientAs("ewa")
                .get()
                .uri(plan(id) + "/meetings")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(list.findValuesAsString("id"))
                .containsExactly(second.get("id").stringValue(), first.get("id").stringValue());
        assertThat(list.get(1).get("concerns").stringValue()).contains("nie zdąża");
        clientAs("ewa")
                .get()
                .uri(plan(id) + "/meetings/" + first.get("id").stringValue())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agreements[1].who")
                .isEqualTo("Ewa Kowalska");

        // The family receives the agreements of every meeting, not the rest of the protocol.
        JsonNode mine = json(clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/plan/meetings")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(mine.size()).isEqualTo(2);
        assertThat(mine.get(1).get("agreements").get(0).get("what").stringValue())
                .isEqualTo("Zapisze syna do świetlicy");
        assertThat(mine.get(1).get("agreements").get(0).get("by").stringValue())
                .isEqualTo(held.plusDays(7).toString());
        assertThat(mine.get(1).has("concerns")).isFalse();
    }

    @Test
    void onlyTheAssignedCoordinatorOrTheOrganiserRecordsMeetingsAndOnlyTheCaseReadersReadThem() {
        String id = fixtures().assignedToEwa();
        var body = meeting(today(), people(), null);
        post("anna", plan(id) + "/meetings", body).expectStatus().isForbidden();
        post("piotr", plan(id) + "/meetings", body).expectStatus().isNotFound();
        post("dyrektor", plan(id) + "/meetings", body).expectStatus().isForbidden();
        post("jan", plan(id) + "/meetings", body).expectStatus().isCreated();
        String meeting = json(post("ewa", plan(id) + "/meetings", body)
                        .expectStatus()
                        .isCreated())
                .get("id")
                .stringValue();
        assertThat(events("PlanMeetingRecorded", id)).isEqualTo(2);

        clientAs("piotr")
                .get()
                .uri(plan(id) + "/meetings")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("piotr")
                .get()
                .uri(plan(id) + "/meetings/" + meeting)
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("anna")
                .get()
                .uri(plan(id) + "/meetings")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("olena")
                .get()
                .uri("/api/applications/" + id + "/plan/meetings")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("dyrektor")
                .get()
                .uri(plan(id) + "/meetings")
                .exchange()
                .expectStatus()
                .isOk();
        // A meeting of another case is not found through this one.
        String other = fixtures().assignedToEwa();
        clientAs("ewa")
                .get()
                .uri(plan(other) + "/meetings/" + meeting)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void monitoringNotesOnlyOnceThePlanIsPrepared() {
        String id = fixtures().assignedToEwa();
        fixtures().written(id, today().minusMonths(1), today().plusMonths(5));
        post("ewa", plan(id) + "/monitoring", Map.of("text", "Rozmowa telefoniczna z mamą."))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/agreement")
                .exchange()
                .expectStatus()
                .isOk();
        post("ewa", plan(id) + "/monitoring", Map.of("text", "Rozmowa telefoniczna z mamą."))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        clientAs("dyrektor")
                .post()
                .uri(plan(id) + "/approval")
                .exchange()
                .expectStatus()
                .isOk();

        post("anna", plan(id) + "/monitoring", Map.of("text", "Próba."))
                .expectStatus()
                .isForbidden();
        post("piotr", plan(id) + "/monitoring", Map.of("text", "Próba."))
                .expectStatus()
                .isNotFound();
        JsonNode empty = json(post("ewa", plan(id) + "/monitoring", Map.of("text", " "))
                .expectStatus()
                .isBadRequest());
        assertThat(empty.get("errors").get(0).get("field").stringValue()).isEqualTo("text");
        post(
                        "ewa",
                        plan(id) + "/monitoring",
                        Map.of("notedOn", today().plusDays(1).toString(), "text", "Jutro."))
                .expectStatus()
                .isBadRequest();

        JsonNode note = json(
                post("ewa", plan(id) + "/monitoring", Map.of("text", "Syn chodzi do świetlicy trzy razy w tygodniu."))
                        .expectStatus()
                        .isCreated());
        assertThat(note.get("notedOn").stringValue()).isEqualTo(today().toString());
        assertThat(note.get("author").stringValue()).isNotBlank();
        post(
                        "ewa",
                        plan(id) + "/monitoring",
                        Map.of("notedOn", today().minusDays(3).toString(), "text", "Wizyta w świetlicy."))
                .expectStatus()
                .isCreated();
        JsonNode notes = json(clientAs("jan")
                .get()
                .uri(plan(id) + "/monitoring")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(notes.findValuesAsString("text"))
                .containsExactly("Syn chodzi do świetlicy trzy razy w tygodniu.", "Wizyta w świetlicy.");
        assertThat(events("PlanMonitoringNoted", id)).isEqualTo(2);
    }

    @Test
    void aRenewalRunsThreeToTwelveMonthsFromTheDayAfterTheEndNeedsAgreementAgainAndLeavesTheDeadlineMet() {
        String id = fixtures().assignedToEwa();
        LocalDate end = today().plusMonths(2);
        fixtures().written(id, today().minusMonths(4), end);
        // Not in force yet: the coordinator changes the plan in the editor instead.
        post("ewa", plan(id) + "/renewal", Map.of("to", end.plusMonths(6).toString(), "reason", "Dalej."))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/agreement")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("dyrektor")
                .post()
                .uri(plan(id) + "/approval")
                .exchange()
                .expectStatus()
                .isOk();

        LocalDate start = end.plusDays(1);
        JsonNode tooShort = json(post(
                        "ewa",
                        plan(id) + "/renewal",
                        Map.of(
                                "to",
                                start.plusMonths(3).minusDays(2).toString(),
                                "reason",
                                "Rodzina chce kontynuować."))
                .expectStatus()
                .isBadRequest());
        assertThat(tooShort.get("errors").get(0).get("field").stringValue()).isEqualTo("to");
        post(
                        "ewa",
                        plan(id) + "/renewal",
                        Map.of("to", start.plusMonths(12).toString(), "reason", "Rodzina chce kontynuować."))
                .expectStatus()
                .isBadRequest();
        JsonNode noReason = json(post(
                        "ewa",
                        plan(id) + "/renewal",
                        Map.of("to", start.plusMonths(6).minusDays(1).toString()))
                .expectStatus()
                .isBadRequest());
        assertThat(noReason.get("errors").get(0).get("field").stringValue()).isEqualTo("reason");
        post(
                        "anna",
                        plan(id) + "/renewal",
                        Map.of("to", start.plusMonths(6).minusDays(1).toString(), "reason", "x"))
                .expectStatus()
                .isForbidden();
        post(
                        "piotr",
                        plan(id) + "/renewal",
                        Map.of("to", start.plusMonths(6).minusDays(1).toString(), "reason", "x"))
                .expectStatus()
                .isNotFound();

        JsonNode renewed = json(post(
                        "ewa",
                        plan(id) + "/renewal",
                        Map.of(
                                "to",
                                start.plusMonths(12).minusDays(1).toString(),
                                "reason",
                                "Rodzina chce kontynuować świetlicę przez kolejny rok szkolny."))
                .expectStatus()
                .isOk());
        assertThat(renewed.get("version").intValue()).isEqualTo(2);
        assertThat(renewed.get("from").stringValue()).isEqualTo(start.toString());
        assertThat(renewed.get("agreed").booleanValue()).isFalse();
        assertThat(renewed.get("approved").booleanValue()).isFalse();
        assertThat(renewed.get("items").get(0).get("provider").stringValue()).isEqualTo("Fundacja Razem");
        assertThat(renewed.get("goals").stringValue()).contains("Mama wraca do pracy");
        assertThat(events("PlanRenewed", id)).isEqualTo(1);
        // The renewal waits for agreement and approval, and a second renewal waits for them too.
        post("ewa", plan(id) + "/renewal", Map.of("to", start.plusMonths(13).toString(), "reason", "Jeszcze raz."))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
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

        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/agreement")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("dyrektor")
                .post()
                .uri(plan(id) + "/approval")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.preparedOn")
                .isEqualTo(today().toString());
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
        assertThat(events("PlanPrepared", id)).isEqualTo(1);
    }

    @Test
    void closureNeedsTheSummaryAndAReasonWhenInterruptedAndThenThePlanIsReadOnly() {
        String notPrepared = fixtures().assignedToEwa();
        fixtures().written(notPrepared, today().minusMonths(1), today().plusMonths(5));
        post("ewa", plan(notPrepared) + "/closure", closure("COMPLETED", null, today()))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);

        String id = inForce();
        JsonNode noReason = json(post("ewa", plan(id) + "/closure", closure("INTERRUPTED", " ", today()))
                .expectStatus()
                .isBadRequest());
        assertThat(noReason.get("errors").findValuesAsString("field")).containsExactly("reason");
        JsonNode bad = json(post("ewa", plan(id) + "/closure", Map.of("outcome", "MAYBE"))
                .expectStatus()
                .isBadRequest());
        assertThat(bad.get("errors").findValuesAsString("field")).containsExactly("outcome");
        JsonNode empty = json(post(
                        "ewa",
                        plan(id) + "/closure",
                        Map.of("summaryOn", today().plusDays(1).toString()))
                .expectStatus()
                .isBadRequest());
        assertThat(empty.get("errors").findValuesAsString("field"))
                .containsExactly("summaryOn", "summaryNotes", "courseAndResults", "outcome");
        post("anna", plan(id) + "/closure", closure("COMPLETED", null, today()))
                .expectStatus()
                .isForbidden();
        post("piotr", plan(id) + "/closure", closure("COMPLETED", null, today()))
                .expectStatus()
                .isNotFound();

        JsonNode closed = json(post("ewa", plan(id) + "/closure", closure("COMPLETED", null, today().minusDays(1)))
                .expectStatus()
                .isOk());
        assertThat(closed.get("closed").booleanValue()).isTrue();
        assertThat(closed.get("closure").get("outcome").stringValue()).isEqualTo("COMPLETED");
        assertThat(closed.get("closure").get("closedOn").stringValue()).isEqualTo(today().toString());
        assertThat(closed.get("closure").get("summaryOn").stringValue())
                .isEqualTo(today().minusDays(1).toString());
        assertThat(events("PlanClosed", id)).isEqualTo(1);
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CLOSED")
                .jsonPath("$.deadlineState")
                .isEqualTo("MET");
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.closure.courseAndResults")
                .isEqualTo("Plan zrealizowany: świetlica od lutego, poradnictwo zawodowe, praca od kwietnia.");

        // Read-only from now on.
        post("ewa", plan(id) + "/closure", closure("COMPLETED", null, today()))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        post("ewa", plan(id) + "/meetings", meeting(today(), people(), null))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        post("ewa", plan(id) + "/monitoring", Map.of("text", "Po zamknięciu."))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        post("ewa", plan(id) + "/renewal", Map.of("to", today().plusMonths(9).toString(), "reason", "Jeszcze."))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        clientAs("ewa")
                .put()
                .uri(plan(id))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "from",
                        today().toString(),
                        "to",
                        today().plusMonths(6).toString(),
                        "goals",
                        "Nowe.",
                        "reason",
                        "Zmiana",
                        "items",
                        List.of(Map.of(
                                "serviceId", PlanFixtures.SERVICE, "provider", "X", "place", "Y", "schedule", "Z"))))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/change-request")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("message", "Jeszcze coś."))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
        clientAs("ewa")
                .get()
                .uri(plan(id) + "/meetings")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("ewa")
                .get()
                .uri(plan(id) + "/monitoring")
                .exchange()
                .expectStatus()
                .isOk();

        String interrupted = inForce();
        JsonNode stopped = json(post(
                        "ewa",
                        plan(interrupted) + "/closure",
                        closure("INTERRUPTED", "Rodzina przeprowadziła się do innej gminy.", today()))
                .expectStatus()
                .isOk());
        assertThat(stopped.get("closure").get("reason").stringValue())
                .isEqualTo("Rodzina przeprowadziła się do innej gminy.");
        assertThat(stopped.get("closure").get("outcome").stringValue()).isEqualTo("INTERRUPTED");
    }

    @Test
    void aRenewalStillWaitingForAgreementCannotBeAgreedOrApprovedOnceThePlanIsClosed() {
        String id = inForce();
        LocalDate start = today().plusMonths(2).plusDays(1);
        post(
                        "ewa",
                        plan(id) + "/renewal",
                        Map.of("to", start.plusMonths(6).minusDays(1).toString(), "reason", "Kolejny semestr."))
                .expectStatus()
                .isOk();
        post(
                        "ewa",
                        plan(id) + "/closure",
                        closure("INTERRUPTED", "Rodzina zrezygnowała ze współpracy na piśmie.", today()))
                .expectStatus()
                .isOk();
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/agreement")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("closed after its summary"));
        clientAs("dyrektor")
                .post()
                .uri(plan(id) + "/approval")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("closed after its summary"));
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(2)
                .jsonPath("$.agreed")
                .isEqualTo(false)
                .jsonPath("$.closed")
                .isEqualTo(true);
    }

    @Test
    void theDemoDataHasZofiasPlanInForceWithAMeetingMadeThroughTheServices() {
        // Demo data is on in the tests: DemoPlan ran at start-up (and skips itself on a restart).
        JsonNode mine = json(clientAs("zofia")
                .get()
                .uri("/api/applications")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(mine.size()).isEqualTo(1);
        String id = mine.get(0).get("id").stringValue();
        assertThat(mine.get(0).get("deadlineState").stringValue()).isEqualTo("MET");
        clientAs("zofia")
                .get()
                .uri("/api/applications/" + id + "/plan")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.agreed")
                .isEqualTo(true)
                .jsonPath("$.approved")
                .isEqualTo(true);
        JsonNode agreements = json(clientAs("zofia")
                .get()
                .uri("/api/applications/" + id + "/plan/meetings")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(agreements.size()).isEqualTo(1);
        assertThat(agreements.get(0).get("agreements").size()).isEqualTo(2);
        // Ewa's case: she reads the plan and its meeting in the back office.
        clientAs("ewa")
                .get()
                .uri(plan(id) + "/meetings")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1);
        assertThat(events("PlanPrepared", id)).isEqualTo(1);
        assertThat(events("PlanMeetingRecorded", id)).isEqualTo(1);
    }
}
