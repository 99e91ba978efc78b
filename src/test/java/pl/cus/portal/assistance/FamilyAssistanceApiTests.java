package pl.cus.portal.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Family assistance over HTTP and through its service: the report from visits, who may write, and 400s. */
class FamilyAssistanceApiTests extends PortalIntegrationTest {

    @Autowired
    Applications applications;

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    FamilyAssistance assistance;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
    /** Last month: visits there are in the past whatever day the suite runs. */
    private final YearMonth lastMonth = YearMonth.from(today).minusMonths(1);

    private final LocalDate consentOn = lastMonth.minusMonths(1).atDay(10);

    private String path(ApplicationId id, String rest) {
        return "/api/backoffice/assistance/" + id.value() + rest;
    }

    private WebTestClient.ResponseSpec post(String user, String path, Object body) {
        return clientAs(user)
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec put(String user, String path, Object body) {
        return clientAs(user)
                .put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private static JsonNode json(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").stringValue())
                .toList();
    }

    /** Marta's family with consent and a work plan of two goals; answers the goal ids. */
    private List<String> startedFamily(ApplicationId id) {
        post("marta", path(id, "/consent"), Map.of("consentOn", consentOn.toString()))
                .expectStatus()
                .isCreated();
        JsonNode saved = json(put(
                        "marta",
                        path(id, "/work-plan"),
                        Map.of(
                                "goals",
                                List.of(
                                        Map.of(
                                                "title",
                                                "Spokojny poranek w domu",
                                                "actions",
                                                List.of(Map.of(
                                                        "what",
                                                        "Plan dnia na lodówce",
                                                        "who",
                                                        "mama",
                                                        "byWhen",
                                                        consentOn.plusDays(20).toString(),
                                                        "status",
                                                        "IN_PROGRESS"))),
                                        Map.of("title", "Zapisy do żłobka", "actions", List.of()))))
                .expectStatus()
                .isOk());
        return saved.get("workPlan")
                .get("goals")
                .valueStream()
                .map(goal -> goal.get("id").stringValue())
                .toList();
    }

    private Map<String, Object> visit(LocalDate on, String kind, int minutes, List<String> goals) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("on", on.toString());
        body.put("kind", kind);
        body.put("durationMinutes", minutes);
        body.put("notes", "Rozmowa o planie dnia.");
        body.put("goalIds", goals);
        return body;
    }

    @Test
    void theMonthlyReportIsGeneratedFromTheMonthsVisitsEditedAndSubmittedOnce() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        List<String> goals = startedFamily(id);
        post("marta", path(id, "/visits"), visit(lastMonth.atDay(3), "HOME_VISIT", 90, List.of(goals.get(0))))
                .expectStatus()
                .isCreated();
        post("marta", path(id, "/visits"), visit(lastMonth.atDay(12), "PHONE", 60, List.of(goals.get(1))))
                .expectStatus()
                .isCreated();
        post("marta", path(id, "/visits"), visit(lastMonth.atDay(20), "OFFICE", 45, List.of(goals.get(0))))
                .expectStatus()
                .isCreated();
        // Another month's visit does not count.
        post("marta", path(id, "/visits"), visit(lastMonth.minusMonths(1).atEndOfMonth(), "HOME_VISIT", 120, List.of()))
                .expectStatus()
                .isCreated();

        JsonNode draft = json(clientAs("marta")
                .get()
                .uri(path(id, "/reports?month=" + lastMonth))
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(draft.get("submitted").asBoolean()).isFalse();
        assertThat(draft.get("visitCount").asInt()).isEqualTo(3);
        assertThat(draft.get("totalMinutes").asInt()).isEqualTo(195);
        assertThat(draft.get("totalHours").decimalValue()).isEqualByComparingTo("3.25");
        assertThat(draft.get("contacts").stringValue().lines().toList()).hasSize(3);
        assertThat(draft.get("goalsWorkedOn").stringValue().lines().toList())
                .containsExactly("Spokojny poranek w domu", "Zapisy do żłobka");

        Map<String, Object> edited = Map.of(
                "month",
                lastMonth.toString(),
                "contacts",
                draft.get("contacts").stringValue(),
                "goalsWorkedOn",
                draft.get("goalsWorkedOn").stringValue(),
                "summary",
                "Rodzina pracuje nad planem dnia; mama jest spokojniejsza.");
        JsonNode submitted =
                json(post("marta", path(id, "/reports"), edited).expectStatus().isCreated());
        assertThat(submitted.get("submitted").asBoolean()).isTrue();
        assertThat(submitted.get("visitCount").asInt()).isEqualTo(3);
        assertThat(submitted.get("summary").stringValue()).startsWith("Rodzina pracuje");

        post("marta", path(id, "/reports"), edited).expectStatus().isEqualTo(409);
        JsonNode again = json(clientAs("jan")
                .get()
                .uri(path(id, "/reports?month=" + lastMonth))
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(again.get("submitted").asBoolean()).isTrue();
        // The submitted month no longer shows among the time limits.
        JsonNode limits = json(clientAs("marta")
                .get()
                .uri(path(id, "/time-limits"))
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(limits.valueStream()
                        .map(limit -> limit.get("rule").stringValue())
                        .toList())
                .contains("FA_VISIT_INTERVAL", "FA_ASSESSMENT")
                .doesNotContain("FA_MONTHLY_REPORT");
    }

    @Test
    void onlyTheAssignedAssistantWritesTheHeadsOfTheCentreReadAndTheFamilyReadsItsPart() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        Map<String, Object> consent = Map.of("consentOn", consentOn.toString());
        post("piotr", path(id, "/consent"), consent).expectStatus().isNotFound();
        post("jan", path(id, "/consent"), consent).expectStatus().isForbidden();
        post("dyrektor", path(id, "/consent"), consent).expectStatus().isForbidden();
        post("anna", path(id, "/consent"), consent).expectStatus().isForbidden();
        clientAs("jan").get().uri(path(id, "")).exchange().expectStatus().isNotFound(); // nothing recorded yet
        List<String> goals = startedFamily(id);
        post("marta", path(id, "/consent"), consent).expectStatus().isEqualTo(409);

        var visit = visit(lastMonth.atDay(5), "HOME_VISIT", 60, goals);
        post("piotr", path(id, "/visits"), visit).expectStatus().isNotFound();
        post("jan", path(id, "/visits"), visit).expectStatus().isForbidden();
        post("anna", path(id, "/visits"), visit).expectStatus().isForbidden();
        Actor otherAssistant = Actor.of(UUID.randomUUID(), "inna", "Inna Asystentka", List.of(Role.FAMILY_ASSISTANT));
        StepVerifier.create(assistance.logVisit(
                        otherAssistant, id, new Visit(null, lastMonth.atDay(5), Visit.Kind.PHONE, 10, "x", List.of())))
                .expectError(DomainException.NotFound.class)
                .verify(Duration.ofSeconds(10));
        StepVerifier.create(assistance.logVisit(
                        AssistanceFixtures.ANNA,
                        id,
                        new Visit(null, lastMonth.atDay(5), Visit.Kind.PHONE, 10, "x", List.of())))
                .expectError(DomainException.Forbidden.class)
                .verify(Duration.ofSeconds(10));

        clientAs("jan").get().uri(path(id, "")).exchange().expectStatus().isOk();
        clientAs("dyrektor")
                .get()
                .uri(path(id, "/visits"))
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("piotr").get().uri(path(id, "")).exchange().expectStatus().isNotFound();
        clientAs("jan")
                .get()
                .uri(path(id, "/time-limits"))
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("piotr")
                .get()
                .uri(path(id, "/time-limits"))
                .exchange()
                .expectStatus()
                .isNotFound();

        JsonNode family = json(clientAs("anna")
                .get()
                .uri("/api/applications/" + id.value() + "/assistance")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(family.get("workPlan").get("goals")).hasSize(2);
        assertThat(family.has("visits")).isFalse();
        clientAs("olena")
                .get()
                .uri("/api/applications/" + id.value() + "/assistance")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void invalidInputIsA400ProblemNamingTheField() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        JsonNode badDate = json(post("marta", path(id, "/consent"), Map.of("consentOn", "2026-13-01"))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(fields(badDate)).containsExactly("consentOn");
        assertThat(fields(json(post(
                                "marta",
                                path(id, "/consent"),
                                Map.of("consentOn", today.plusDays(1).toString()))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("consentOn");
        assertThat(fields(json(post("marta", path(id, "/consent"), Map.of())
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("consentOn");
        List<String> goals = startedFamily(id);

        assertThat(fields(json(post(
                                "marta",
                                path(id, "/visits"),
                                visit(
                                        lastMonth.atDay(2),
                                        "SWIM",
                                        0,
                                        List.of(UUID.randomUUID().toString())))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactlyInAnyOrder("kind");
        assertThat(fields(json(post(
                                "marta",
                                path(id, "/visits"),
                                visit(
                                        lastMonth.atDay(2),
                                        "PHONE",
                                        0,
                                        List.of(UUID.randomUUID().toString())))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactlyInAnyOrder("durationMinutes", "goalIds");
        assertThat(fields(json(post("marta", path(id, "/visits"), visit(consentOn.minusDays(1), "PHONE", 30, goals))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("on");
        assertThat(fields(json(put("marta", path(id, "/work-plan"), Map.of("goals", List.of()))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("goals");
        assertThat(fields(json(put(
                                "marta",
                                path(id, "/card"),
                                Map.of("household", List.of(Map.of("relation", "syn")), "situation", ""))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("household[0].name", "situation");
        assertThat(fields(json(clientAs("marta")
                        .get()
                        .uri(path(id, "/reports?month=2026-1x"))
                        .exchange()
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("month");
        assertThat(fields(json(clientAs("marta")
                        .get()
                        .uri(path(id, "/reports?month=" + YearMonth.from(today).plusMonths(1)))
                        .exchange()
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("month");
        assertThat(fields(
                        json(post("marta", path(id, "/reports"), Map.of("month", lastMonth.toString(), "summary", " "))
                                .expectStatus()
                                .isBadRequest())))
                .containsExactly("summary");
        assertThat(fields(json(post(
                                "marta",
                                path(id, "/authorisations"),
                                Map.of(
                                        "purpose",
                                        "Odbiór zaświadczeń",
                                        "grantedOn",
                                        today.toString(),
                                        "validUntil",
                                        today.minusDays(1).toString()))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("validUntil");
        assertThat(fields(json(put(
                                "marta",
                                path(id, "/support-catalogue"),
                                Map.of(
                                        "items",
                                        List.of(
                                                Map.of(
                                                        "serviceId",
                                                        UUID.randomUUID().toString()),
                                                Map.of("text", " "))))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("items[0].serviceId", "items[1]");

        LocalDate end = today.minusDays(1).isBefore(consentOn) ? consentOn : today.minusDays(1);
        assertThat(fields(json(post(
                                "marta",
                                path(id, "/end"),
                                Map.of(
                                        "endedOn",
                                        end.toString(),
                                        "reason",
                                        "GOALS_REACHED",
                                        "monitoringUntil",
                                        end.plusMonths(1).toString()))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("monitoringUntil");
        assertThat(fields(json(post(
                                "marta",
                                path(id, "/end"),
                                Map.of(
                                        "endedOn",
                                        end.toString(),
                                        "reason",
                                        "OTHER",
                                        "monitoringUntil",
                                        end.plusMonths(3).toString()))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("reasonText");
        assertThat(fields(json(post(
                                "marta",
                                path(id, "/end"),
                                Map.of(
                                        "endedOn",
                                        end.toString(),
                                        "reason",
                                        "BORED",
                                        "monitoringUntil",
                                        end.plusMonths(3).toString()))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("reason");
    }

    @Test
    void nullItemsInTheHouseholdAreA400NamingTheItem() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        startedFamily(id);
        List<Object> household = new java.util.ArrayList<>();
        household.add(Map.of("name", "Ola", "relation", "córka"));
        household.add(null);
        assertThat(fields(json(put(
                                "marta",
                                path(id, "/card"),
                                Map.of("household", household, "situation", "Sytuacja rodziny."))
                        .expectStatus()
                        .isBadRequest()
                        .expectHeader()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))))
                .containsExactly("household[1]");
    }

    @Test
    void nullGoalsAndNullActionsAreA400NamingTheItem() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        startedFamily(id);
        List<Object> goals = new java.util.ArrayList<>();
        goals.add(null);
        goals.add(Map.of("title", "Zapisy do żłobka", "actions", List.of()));
        assertThat(fields(json(put("marta", path(id, "/work-plan"), Map.of("goals", goals))
                        .expectStatus()
                        .isBadRequest()
                        .expectHeader()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))))
                .containsExactly("goals[0]");

        List<Object> actions = new java.util.ArrayList<>();
        actions.add(Map.of("what", "Plan dnia", "who", "mama", "status", "PLANNED"));
        actions.add(null);
        assertThat(fields(json(put(
                                "marta",
                                path(id, "/work-plan"),
                                Map.of("goals", List.of(Map.of("title", "Spokojny poranek", "actions", actions))))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("goals[0].actions[1]");
    }

    @Test
    void nullItemsInVisitGoalsAndTheSupportCatalogueAreA400NamingTheItem() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        List<String> goals = startedFamily(id);
        List<String> goalIds = new java.util.ArrayList<>(goals);
        goalIds.add(null);
        assertThat(fields(json(post("marta", path(id, "/visits"), visit(lastMonth.atDay(2), "PHONE", 30, goalIds))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("goalIds[2]");
        List<Object> items = new java.util.ArrayList<>();
        items.add(null);
        assertThat(fields(json(put("marta", path(id, "/support-catalogue"), Map.of("items", items))
                        .expectStatus()
                        .isBadRequest())))
                .containsExactly("items[0]");
    }

    @Test
    void malformedBodiesOnEveryWriteAreA4xxProblemNeverA500() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        startedFamily(id);
        List<String> bodies = List.of(
                "null",
                "[]",
                "\"x\"",
                "[null]",
                "{\"household\":[null,null]}",
                "{\"household\":[1]}",
                "{\"household\":\"x\"}",
                "{\"goals\":[null]}",
                "{\"goals\":[{\"actions\":[null]}]}",
                "{\"goals\":[{}]}",
                "{\"goals\":{}}",
                "{\"goalIds\":[null]}",
                "{\"items\":[null]}",
                "{\"items\":[{}]}",
                "{\"durationMinutes\":1e30}",
                "{\"on\":[]}",
                "{\"consentOn\":{}}",
                "{\"courtOrdered\":\"perhaps\"}",
                "{\"month\":null}",
                "{");
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/consent", "POST");
        writes.put("/card", "PUT");
        writes.put("/work-plan", "PUT");
        writes.put("/visits", "POST");
        writes.put("/assessments", "POST");
        writes.put("/reports", "POST");
        writes.put("/monitoring", "POST");
        writes.put("/support-catalogue", "PUT");
        writes.put("/authorisations", "POST");
        writes.put("/end", "POST");
        List<String> failures = new java.util.ArrayList<>();
        writes.forEach((rest, method) -> {
            for (String body : bodies) {
                var result = clientAs("marta")
                        .method(org.springframework.http.HttpMethod.valueOf(method))
                        .uri(path(id, rest))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchange()
                        .expectBody(String.class)
                        .returnResult();
                if (!result.getStatus().is4xxClientError()) {
                    failures.add(method + " " + rest + " " + body + " -> " + result.getStatus() + " "
                            + result.getResponseBody());
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void theEndStopsTheWorkAndMonitoringNotesFollowIt() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        List<String> goals = startedFamily(id);
        post("marta", path(id, "/monitoring"), Map.of("on", today.toString(), "text", "x"))
                .expectStatus()
                .isEqualTo(409);
        LocalDate end = lastMonth.atDay(28);
        JsonNode ended = json(post(
                        "marta",
                        path(id, "/end"),
                        Map.of(
                                "endedOn",
                                end.toString(),
                                "reason",
                                "NO_COOPERATION_OR_RESIGNATION",
                                "reasonText",
                                "Pisemna rezygnacja",
                                "monitoringUntil",
                                end.plusMonths(2).toString()))
                .expectStatus()
                .isOk());
        assertThat(ended.get("ending").get("reason").stringValue()).isEqualTo("NO_COOPERATION_OR_RESIGNATION");
        post("marta", path(id, "/visits"), visit(end, "PHONE", 20, goals))
                .expectStatus()
                .isEqualTo(409);
        post(
                        "marta",
                        path(id, "/end"),
                        Map.of(
                                "endedOn",
                                end.toString(),
                                "reason",
                                "MOVED_AWAY",
                                "monitoringUntil",
                                end.plusMonths(2).toString()))
                .expectStatus()
                .isEqualTo(409);
        JsonNode noted = json(post(
                        "marta",
                        path(id, "/monitoring"),
                        Map.of("on", today.toString(), "text", "Telefon: rodzina radzi sobie dobrze."))
                .expectStatus()
                .isOk());
        assertThat(noted.get("monitoringNotes")).hasSize(1);
        JsonNode limits = json(clientAs("marta")
                .get()
                .uri(path(id, "/time-limits"))
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(limits.valueStream()
                        .map(limit -> limit.get("rule").stringValue())
                        .toList())
                .doesNotContain("FA_VISIT_INTERVAL");
    }

    @Test
    void aZaZyciemFamilyBuildsItsSupportCatalogueAndGivesAuthorisations() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        startedFamily(id);
        JsonNode saved = json(put(
                        "marta",
                        path(id, "/support-catalogue"),
                        Map.of(
                                "items",
                                List.of(
                                        Map.of("serviceId", "5e4f1ce0-0000-4000-8000-000000000001"),
                                        Map.of("text", "Grupa wsparcia rodziców w parafii św. Józefa"))))
                .expectStatus()
                .isOk());
        assertThat(saved.get("supportCatalogue")).hasSize(2);
        assertThat(saved.get("supportCatalogue").get(0).get("serviceName").stringValue())
                .isNotBlank();

        JsonNode granted = json(post(
                        "marta",
                        path(id, "/authorisations"),
                        Map.of(
                                "purpose",
                                "Złożenie wniosku o świadczenie „Za życiem”",
                                "grantedOn",
                                today.toString(),
                                "validUntil",
                                today.plusMonths(3).toString()))
                .expectStatus()
                .isCreated());
        String authorisation = granted.get("id").stringValue();
        post("marta", path(id, "/authorisations/" + authorisation + "/revocation"), Map.of())
                .expectStatus()
                .isOk();
        post("marta", path(id, "/authorisations/" + authorisation + "/revocation"), Map.of())
                .expectStatus()
                .isEqualTo(409);
        JsonNode family = json(clientAs("anna")
                .get()
                .uri("/api/applications/" + id.value() + "/assistance")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(family.get("authorisations").get(0).get("revokedOn").stringValue())
                .isEqualTo(today.toString());
        assertThat(family.get("supportCatalogue")).hasSize(2);
    }
}
