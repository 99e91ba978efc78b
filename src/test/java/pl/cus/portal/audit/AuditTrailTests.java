package pl.cus.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import tools.jackson.databind.JsonNode;

/** The organiser browses reads, refusals and changes with who, when, what and why; nobody else does. */
class AuditTrailTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    private static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));
    private static final UUID PIOTR_ID = UUID.fromString("00000000-0000-0000-0000-000000000202");

    @Autowired
    AuditTrail audit;

    @Autowired
    BackOfficeApplications backOffice;

    private JsonNode submitted() {
        var body = Map.of(
                "kind",
                "IPUS",
                "serviceIds",
                List.of("5e4f1ce0-0000-4000-8000-000000000001"),
                "needs",
                "audyt " + UUID.randomUUID(),
                "contact",
                Map.of("channel", "PORTAL"),
                "consent",
                true);
        return clientAs("anna")
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
                .getResponseBody();
    }

    @Test
    void theOrganiserSeesReadsRefusalsAndChangesWithWhoWhenWhatAndWhy() {
        JsonNode app = submitted();
        String id = app.get("id").stringValue();
        String reference = app.get("reference").stringValue();
        backOffice
                .assign(JAN, ApplicationId.of(id), new Assignment(EWA.id(), "Zespół IPUS", "rejon Ewy", false, null))
                .block(WAIT);
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + id + "?purpose=przygotowanie rozmowy")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("piotr")
                .get()
                .uri("/api/backoffice/applications/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();

        clientAs("jan")
                .get()
                .uri("/api/backoffice/audit?applicationId=" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(3)
                // Newest first.
                .jsonPath("$[0].action")
                .isEqualTo("DENIED")
                .jsonPath("$[0].actorUsername")
                .isEqualTo("piotr")
                .jsonPath("$[0].actor")
                .isEqualTo("Piotr Wiśniewski")
                .jsonPath("$[0].role")
                .isEqualTo("COORDINATOR")
                .jsonPath("$[0].applicationId")
                .isEqualTo(id)
                .jsonPath("$[0].reference")
                .isEqualTo(reference)
                .jsonPath("$[0].at")
                .isNotEmpty()
                .jsonPath("$[1].action")
                .isEqualTo("READ")
                .jsonPath("$[1].actor")
                .isEqualTo("Ewa Kowalska")
                .jsonPath("$[1].purpose")
                .isEqualTo("przygotowanie rozmowy")
                .jsonPath("$[2].action")
                .isEqualTo("ASSIGNED")
                .jsonPath("$[2].actor")
                .isEqualTo("Jan Mazur")
                .jsonPath("$[2].role")
                .isEqualTo("ORGANISER")
                .jsonPath("$[2].purpose")
                .value(purpose -> assertThat(purpose.toString()).contains("Ewa Kowalska", "rejon Ewy"));
        clientAs("dyrektor")
                .get()
                .uri("/api/backoffice/audit?applicationId=" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(3);

        // Filters: by reference, actor, action and dates (the centre's days).
        assertThat(audit.browse(JAN, new AuditQuery(null, reference.toLowerCase(), null, null, null, null, null))
                        .collectList()
                        .block(WAIT))
                .hasSize(3);
        assertThat(audit.browse(JAN, new AuditQuery(UUID.fromString(id), null, "Kowalska", null, null, null, null))
                        .collectList()
                        .block(WAIT))
                .singleElement()
                .extracting(AuditEntry::action)
                .isEqualTo(AuditAction.READ);
        assertThat(audit.browse(
                                JAN,
                                new AuditQuery(UUID.fromString(id), null, null, AuditAction.ASSIGNED, null, null, null))
                        .collectList()
                        .block(WAIT))
                .singleElement()
                .extracting(AuditEntry::actorUsername)
                .isEqualTo("jan");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        assertThat(audit.browse(JAN, new AuditQuery(UUID.fromString(id), null, null, null, today, today, null))
                        .collectList()
                        .block(WAIT))
                .hasSize(3);
        assertThat(audit.browse(
                                JAN,
                                new AuditQuery(UUID.fromString(id), null, null, null, today.plusDays(1), null, null))
                        .collectList()
                        .block(WAIT))
                .isEmpty();
        clientAs("jan")
                .get()
                .uri("/api/backoffice/audit?applicationId=" + id + "&action=READ&actor=ewa")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1);
        clientAs("jan")
                .get()
                .uri("/api/backoffice/audit?reference=" + reference + "&from=" + today + "&to=" + today)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(3);
        clientAs("jan")
                .get()
                .uri("/api/backoffice/audit?action=PEEKED")
                .exchange()
                .expectStatus()
                .isBadRequest();

        // The resident sees the reads only.
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/access-log")
                .exchange()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].who")
                .isEqualTo("Ewa Kowalska");
    }

    @Test
    void onlyTheOrganiserAndTheDirectorBrowse() {
        assertThatThrownBy(
                        () -> audit.browse(EWA, AuditQuery.all()).collectList().block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
        for (String user : List.of("ewa", "piotr", "marta", "admin")) {
            clientAs(user)
                    .get()
                    .uri("/api/backoffice/audit")
                    .exchange()
                    .expectStatus()
                    .isForbidden();
        }
        clientAs("anna")
                .get()
                .uri("/api/backoffice/audit")
                .exchange()
                .expectStatus()
                .isForbidden();
        client().get().uri("/api/backoffice/audit").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aChangeAndItsEntryCommitOrRollBackTogether() {
        JsonNode app = submitted();
        var id = ApplicationId.of(app.get("id").stringValue());
        // Refused inside the transaction (IPUS needs a coordinator): neither the assignment nor its entry remain.
        var marta = UUID.fromString("00000000-0000-0000-0000-000000000203");
        assertThatThrownBy(() -> backOffice
                        .assign(JAN, id, new Assignment(PIOTR_ID, null, "x", false, 0))
                        .block(WAIT))
                .isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> backOffice
                        .assign(JAN, id, new Assignment(marta, null, "x", false, null))
                        .block(WAIT))
                .isInstanceOf(pl.cus.portal.shared.InvalidInput.class);
        assertThat(audit.browse(JAN, AuditQuery.forRecord(id.value()))
                        .collectList()
                        .block(WAIT))
                .isEmpty();
        assertThat(backOffice.open(JAN, id, "check").block(WAIT).summary().assignee())
                .isNull();
    }
}
