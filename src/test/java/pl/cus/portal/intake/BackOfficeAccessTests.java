package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.intake.IntakeFixtures.ADMIN;
import static pl.cus.portal.intake.IntakeFixtures.DYREKTOR;
import static pl.cus.portal.intake.IntakeFixtures.EWA;
import static pl.cus.portal.intake.IntakeFixtures.JAN;
import static pl.cus.portal.intake.IntakeFixtures.PDF;
import static pl.cus.portal.intake.IntakeFixtures.PIOTR;
import static pl.cus.portal.intake.IntakeFixtures.assign;
import static pl.cus.portal.intake.IntakeFixtures.ipus;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;
import static pl.cus.portal.intake.IntakeFixtures.upload;
import static pl.cus.portal.intake.IntakeFixtures.with;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditEntry;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.shared.DomainException;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * The record-level access policy (docs/access-policy.md), through the services and through the API: who sees the
 * minimal view, who sees everything, who sees nothing, and that refusals are logged.
 */
class BackOfficeAccessTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    ApplicationMessages messages;

    @Autowired
    AuditTrail audit;

    private record Submitted(String id, String attachmentId, String needs) {}

    /** Anna's IPUS application with a PDF attached and a needs text unique to the test. */
    private Submitted submitted(String needsPrefix) {
        String needs = needsPrefix + " " + UUID.randomUUID();
        String file = upload(clientAs("anna"), "zaswiadczenie.pdf", PDF)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
        JsonNode body = submit(clientAs("anna"), key(), with(ipus(needs), b -> b.put("attachments", List.of(file))))
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return new Submitted(body.get("id").stringValue(), file, needs);
    }

    @Test
    void aCoordinatorSeesTheMinimalViewOfAnUnassignedApplicationAndEverythingOnceItIsTheirs() {
        Submitted app = submitted("Potrzebuję opieki wytchnieniowej");
        var id = ApplicationId.of(app.id());

        backOffice
                .open(EWA, id, "triage")
                .as(StepVerifier::create)
                .assertNext(view -> {
                    assertThat(view.isFull()).isFalse();
                    assertThat(view.summary().reference()).startsWith("W/");
                    assertThat(view.summary().assignee()).isNull();
                })
                .verifyComplete();
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + app.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.full")
                .isEqualTo(false)
                .jsonPath("$.reference")
                .isNotEmpty()
                .jsonPath("$.assignee")
                .isEmpty()
                .jsonPath("$.needs")
                .doesNotExist()
                .jsonPath("$.attachments")
                .doesNotExist()
                .jsonPath("$.contact")
                .doesNotExist()
                .jsonPath("$.household")
                .doesNotExist()
                .jsonPath("$.history")
                .doesNotExist();
        String raw = new String(
                clientAs("ewa")
                        .get()
                        .uri("/api/backoffice/applications/" + app.id())
                        .exchange()
                        .expectBody()
                        .returnResult()
                        .getResponseBodyContent(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw)
                .doesNotContain(app.needs())
                .doesNotContain("anna@example.org")
                .doesNotContain("zaswiadczenie");
        // The minimal view is not a read of the details: the resident's access log stays empty.
        clientAs("anna")
                .get()
                .uri("/api/applications/" + app.id() + "/access-log")
                .exchange()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(0);
        // Nor may the coordinator open its thread or files before taking it.
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + app.id() + "/messages")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("ewa")
                .get()
                .uri("/api/attachments/" + app.attachmentId())
                .exchange()
                .expectStatus()
                .isNotFound();

        assign(backOffice, app.id(), EWA);

        backOffice
                .open(EWA, id, "needs assessment")
                .as(StepVerifier::create)
                .assertNext(view -> {
                    assertThat(view.isFull()).isTrue();
                    assertThat(view.details().needs()).isEqualTo(app.needs());
                    assertThat(view.summary().assignee().username()).isEqualTo("ewa");
                })
                .verifyComplete();
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + app.id())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.full")
                .isEqualTo(true)
                .jsonPath("$.assignee")
                .isEqualTo("ewa")
                .jsonPath("$.needs")
                .isEqualTo(app.needs())
                .jsonPath("$.attachments.length()")
                .isEqualTo(1)
                .jsonPath("$.contact.value")
                .isEqualTo("anna@example.org");
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + app.id() + "/messages")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("ewa")
                .get()
                .uri("/api/attachments/" + app.attachmentId())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .isEqualTo(PDF);
        clientAs("anna")
                .get()
                .uri("/api/applications/" + app.id() + "/access-log")
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.purpose == 'needs assessment')].who")
                .isEqualTo("Ewa Kowalska")
                .jsonPath("$[?(@.purpose == 'attachment zaswiadczenie.pdf')]")
                .exists();
    }

    @Test
    void anotherCoordinatorsCaseIsNotFoundAndTheRefusalIsLogged() {
        Submitted app = submitted("Sprawa Piotra");
        var id = ApplicationId.of(app.id());
        assign(backOffice, app.id(), PIOTR);

        backOffice
                .open(EWA, id, "curious")
                .as(StepVerifier::create)
                .expectError(DomainException.NotFound.class)
                .verify(WAIT);
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + app.id())
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + app.id() + "/messages")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + app.id() + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Dzień dobry"))
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("ewa")
                .get()
                .uri("/api/attachments/" + app.attachmentId())
                .exchange()
                .expectStatus()
                .isNotFound();
        messages.thread(EWA, id)
                .as(StepVerifier::create)
                .expectError(DomainException.NotFound.class)
                .verify(WAIT);
        // Identical to an unknown application.
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();

        List<AuditEntry> denied = audit.browse(
                        JAN, new AuditQuery(id.value(), null, "ewa", AuditAction.DENIED, null, null, null))
                .collectList()
                .block(WAIT);
        assertThat(denied).hasSizeGreaterThanOrEqualTo(4).allSatisfy(entry -> {
            assertThat(entry.actorUsername()).isEqualTo("ewa");
            assertThat(entry.recordLabel()).startsWith("W/");
            assertThat(entry.at()).isNotNull();
        });
        assertThat(denied).extracting(AuditEntry::purpose).contains("application details", "messages", "attachment");
        // ApplicationRefusals are not reads: the resident's access log does not list them.
        clientAs("anna")
                .get()
                .uri("/api/applications/" + app.id() + "/access-log")
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.who == 'Ewa Kowalska')]")
                .doesNotExist();
    }

    @Test
    void theOrganiserAndTheDirectorSeeEverythingTheAdministratorNothing() {
        Submitted unassigned = submitted("Dla organizatora");
        Submitted assigned = submitted("Dla dyrektora");
        assign(backOffice, assigned.id(), PIOTR);
        for (String user : List.of("jan", "dyrektor")) {
            for (Submitted app : List.of(unassigned, assigned)) {
                clientAs(user)
                        .get()
                        .uri("/api/backoffice/applications/" + app.id())
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody()
                        .jsonPath("$.full")
                        .isEqualTo(true)
                        .jsonPath("$.needs")
                        .isEqualTo(app.needs());
                clientAs(user)
                        .get()
                        .uri("/api/backoffice/applications/" + app.id() + "/messages")
                        .exchange()
                        .expectStatus()
                        .isOk();
                clientAs(user)
                        .get()
                        .uri("/api/attachments/" + app.attachmentId())
                        .exchange()
                        .expectStatus()
                        .isOk();
            }
            List<String> listed = ids(clientAs(user), "/api/backoffice/applications");
            assertThat(listed).contains(unassigned.id(), assigned.id());
        }
        backOffice
                .open(DYREKTOR, ApplicationId.of(assigned.id()), "statistics")
                .as(StepVerifier::create)
                .assertNext(view -> assertThat(view.isFull()).isTrue())
                .verifyComplete();
        // The director reads; writing to the resident is the assignee's or the organiser's.
        clientAs("dyrektor")
                .post()
                .uri("/api/backoffice/applications/" + assigned.id() + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "x"))
                .exchange()
                .expectStatus()
                .isForbidden();

        clientAs("admin")
                .get()
                .uri("/api/backoffice/applications")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("admin")
                .get()
                .uri("/api/backoffice/applications/" + unassigned.id())
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("admin")
                .get()
                .uri("/api/backoffice/applications/" + unassigned.id() + "/messages")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("admin")
                .get()
                .uri("/api/attachments/" + unassigned.attachmentId())
                .exchange()
                .expectStatus()
                .isNotFound();
        backOffice
                .list(ADMIN, CaseQuery.all())
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify(WAIT);
        backOffice
                .open(ADMIN, ApplicationId.of(unassigned.id()), "x")
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify(WAIT);
    }

    @Test
    void coordinatorsListTheUnassignedQueueAndTheirOwnOldestFirst() {
        Submitted mine = submitted("Moja");
        Submitted queue = submitted("Kolejka");
        Submitted piotrs = submitted("Piotra");
        assign(backOffice, mine.id(), EWA);
        assign(backOffice, piotrs.id(), PIOTR);

        List<String> all = ids(clientAs("ewa"), "/api/backoffice/applications");
        assertThat(all).contains(mine.id(), queue.id()).doesNotContain(piotrs.id());
        assertThat(ids(clientAs("ewa"), "/api/backoffice/applications?status=NEW"))
                .contains(queue.id())
                .doesNotContain(mine.id(), piotrs.id());
        assertThat(ids(clientAs("ewa"), "/api/backoffice/applications?assignee=me"))
                .contains(mine.id())
                .doesNotContain(queue.id());
        assertThat(ids(clientAs("ewa"), "/api/backoffice/applications?assignee=piotr"))
                .isEmpty();
        assertThat(ids(clientAs("jan"), "/api/backoffice/applications?assignee=piotr"))
                .contains(piotrs.id())
                .doesNotContain(mine.id());
        assertThat(ids(clientAs("jan"), "/api/backoffice/applications?assignee=none&status=SUBMITTED"))
                .contains(queue.id())
                .doesNotContain(mine.id(), piotrs.id());
        assertThat(ids(clientAs("jan"), "/api/backoffice/applications?status=ASSIGNED&kind=IPUS"))
                .contains(mine.id(), piotrs.id());
        assertThat(ids(clientAs("jan"), "/api/backoffice/applications?kind=ZA_ZYCIEM"))
                .doesNotContain(mine.id());

        // Oldest first.
        List<String> ordered =
                all.stream().filter(List.of(mine.id(), queue.id())::contains).toList();
        assertThat(ordered).containsExactly(mine.id(), queue.id());

        clientAs("jan")
                .get()
                .uri("/api/backoffice/applications?status=NEW")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + queue.id() + "')].reference")
                .isNotEmpty()
                .jsonPath("$[?(@.id == '" + queue.id() + "')].kind")
                .isEqualTo("IPUS")
                .jsonPath("$[?(@.id == '" + queue.id() + "')].status")
                .isEqualTo("SUBMITTED")
                .jsonPath("$[?(@.id == '" + queue.id() + "')].submittedAt")
                .isNotEmpty()
                .jsonPath("$[?(@.id == '" + queue.id() + "')].planDueDate")
                .isNotEmpty()
                .jsonPath("$[?(@.id == '" + queue.id() + "')].deadlineState")
                .isEqualTo("ON_TRACK")
                .jsonPath("$[?(@.id == '" + queue.id() + "')].needs")
                .doesNotExist();
        String reference = clientAs("jan")
                .get()
                .uri("/api/backoffice/applications/" + queue.id())
                .exchange()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("reference")
                .stringValue();
        assertThat(ids(clientAs("jan"), "/api/backoffice/applications?q=" + reference))
                .containsExactly(queue.id());
        clientAs("jan")
                .get()
                .uri("/api/backoffice/applications?status=LOST")
                .exchange()
                .expectStatus()
                .isBadRequest();
        clientAs("jan")
                .get()
                .uri("/api/backoffice/applications?assignee=nobody-here")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void residentsAreRefusedOnEveryBackOfficeRoute() {
        Submitted app = submitted("Moje");
        String base = "/api/backoffice/applications/" + app.id();
        clientAs("anna")
                .get()
                .uri("/api/backoffice/applications")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("anna").get().uri(base).exchange().expectStatus().isForbidden();
        clientAs("anna").get().uri(base + "/messages").exchange().expectStatus().isForbidden();
        clientAs("anna")
                .get()
                .uri("/api/backoffice/audit?applicationId=" + app.id())
                .exchange()
                .expectStatus()
                .isForbidden();
        for (String action : List.of("/forwarding", "/refusal", "/assessment-done", "/messages", "/assignment")) {
            clientAs("anna")
                    .post()
                    .uri(base + action)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of())
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        backOffice
                .list(IntakeFixtures.ANNA, CaseQuery.all())
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify(WAIT);
    }

    @Test
    void aLimitGivesTheOldestFirstPageAndIsChecked() {
        submitted("Pierwsza strona");
        submitted("Druga strona");
        List<String> all = ids(clientAs("jan"), "/api/backoffice/applications?status=NEW");
        assertThat(all).hasSizeGreaterThan(1);
        assertThat(ids(clientAs("jan"), "/api/backoffice/applications?status=NEW&limit=1"))
                .containsExactly(all.getFirst());
        assertThat(ids(clientAs("jan"), "/api/backoffice/applications?status=NEW&limit=500"))
                .isEqualTo(all.subList(0, Math.min(500, all.size())));
        var queue = new CaseQuery(
                java.util.Set.of(pl.cus.portal.intake.ApplicationStatus.SUBMITTED), null, null, null, null, null, null);
        assertThat(backOffice.count(EWA, queue.limitedTo(1)).block(WAIT))
                .as("counted by the database, whatever the limit")
                .isEqualTo(backOffice.list(EWA, queue).count().block(WAIT));
        backOffice
                .count(ADMIN, queue)
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify(WAIT);
        for (String bad : List.of("0", "501", "ten", "-3")) {
            clientAs("jan")
                    .get()
                    .uri("/api/backoffice/applications?limit=" + bad)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("limit");
        }
    }

    private static List<String> ids(org.springframework.test.web.reactive.server.WebTestClient client, String uri) {
        JsonNode list = client.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return list.valueStream().map(node -> node.get("id").stringValue()).toList();
    }
}
