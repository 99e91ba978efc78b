package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.cus.portal.intake.IntakeFixtures.ANNA;
import static pl.cus.portal.intake.IntakeFixtures.EWA;
import static pl.cus.portal.intake.IntakeFixtures.JAN;
import static pl.cus.portal.intake.IntakeFixtures.OLENA;
import static pl.cus.portal.intake.IntakeFixtures.PIOTR;
import static pl.cus.portal.intake.IntakeFixtures.assign;
import static pl.cus.portal.intake.IntakeFixtures.ipus;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;
import static pl.cus.portal.intake.IntakeFixtures.with;
import static pl.cus.portal.intake.IntakeFixtures.zaZyciem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditEntry;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.shared.DomainException;
import tools.jackson.databind.JsonNode;

/** Outcomes other than a plan (art. 38): forwarding and refusal, and the end of the needs assessment. */
@SuppressWarnings("unchecked")
class OutcomeTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    Applications applications;

    @Autowired
    AuditTrail audit;

    @Autowired
    DatabaseClient db;

    private String submitted(String user, Map<String, Object> body) {
        return submit(clientAs(user), key(), body)
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
    }

    @Test
    void theAssigneeForwardsAndTheResidentReadsWhereItWentAndWhy() {
        String id = submitted("anna", ipus("mieszkanie " + UUID.randomUUID()));
        assign(backOffice, id, EWA);
        String reason = "Dodatek mieszkaniowy przyznaje urząd miasta, nie centrum.";
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/forwarding")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "to", "Wydział Lokalowy Urzędu Miasta", "destination", "MUNICIPAL_OFFICE", "reason", reason))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("FORWARDED")
                .jsonPath("$.deadlineState")
                .isEqualTo(DeadlineState.CLOSED.name())
                .jsonPath("$.needs")
                .doesNotExist();

        ApplicationView mine = applications.mine(ANNA, ApplicationId.of(id)).block(WAIT);
        assertThat(mine.status()).isEqualTo(ApplicationStatus.FORWARDED);
        assertThat(mine.withdrawable()).isFalse();
        StatusChange last = mine.history().getLast();
        assertThat(last.status()).isEqualTo(ApplicationStatus.FORWARDED);
        assertThat(last.note()).contains("Wydział Lokalowy Urzędu Miasta", "urząd miasta", reason);
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("FORWARDED")
                .jsonPath("$.history[2].status")
                .isEqualTo("FORWARDED")
                .jsonPath("$.history[2].note")
                .isEqualTo(last.note())
                .jsonPath("$.history[0].note")
                .isEmpty();

        assertThat(events(id, "ApplicationForwarded"))
                .singleElement()
                .asString()
                .contains("\"destination\": \"MUNICIPAL_OFFICE\"", "\"forwardedOn\"")
                .doesNotContain("Lokalowy");
        assertThat(audit.browse(
                                JAN,
                                new AuditQuery(
                                        UUID.fromString(id), null, null, AuditAction.FORWARDED, null, null, null))
                        .collectList()
                        .block(WAIT))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorUsername()).isEqualTo("ewa");
                    assertThat(entry.purpose()).contains("Wydział Lokalowy", "MUNICIPAL_OFFICE", reason);
                });

        // Closed: no second outcome, and the resident can no longer withdraw it.
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/refusal")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("justification", "x", "appealInformation", "y"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/withdrawal")
                .exchange()
                .expectStatus()
                .isEqualTo(409);
    }

    @Test
    void forwardingDefaultsToATeamInTheCentreAndNeedsWhereAndWhy() {
        String id = submitted("olena", with(zaZyciem("zespół " + UUID.randomUUID()), b -> b.put("language", "uk")));
        clientAs("jan")
                .post()
                .uri("/api/backoffice/applications/" + id + "/forwarding")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("to", " "))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields).contains("to", "reason"));
        clientAs("jan")
                .post()
                .uri("/api/backoffice/applications/" + id + "/forwarding")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("to", "x", "reason", "y", "destination", "MOON"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("destination");
        // The organiser may forward an application nobody has taken yet.
        clientAs("jan")
                .post()
                .uri("/api/backoffice/applications/" + id + "/forwarding")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("to", "Zespół pieczy zastępczej", "reason", "To sprawa dla zespołu pieczy."))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("FORWARDED");
        assertThat(events(id, "ApplicationForwarded"))
                .singleElement()
                .asString()
                .contains("CENTRE_TEAM");
        // Olena chose Ukrainian: the note is written in her language around the centre's own words.
        assertThat(applications
                        .mine(OLENA, ApplicationId.of(id))
                        .block(WAIT)
                        .history()
                        .getLast()
                        .note())
                .contains("Zespół pieczy zastępczej", "команда або посада в центрі", "To sprawa dla zespołu pieczy.");
    }

    @Test
    void onlyTheAssigneeOrTheOrganiserDecides() {
        String id = submitted("anna", ipus("kto decyduje " + UUID.randomUUID()));
        var forwarding = Map.of("to", "Urząd", "destination", "MUNICIPAL_OFFICE", "reason", "powód");
        // Unassigned: a coordinator sees it but may not decide on it.
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/forwarding")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(forwarding)
                .exchange()
                .expectStatus()
                .isForbidden();
        assign(backOffice, id, PIOTR);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/forwarding")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(forwarding)
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("dyrektor")
                .post()
                .uri("/api/backoffice/applications/" + id + "/refusal")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("justification", "x", "appealInformation", "y"))
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("admin")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assessment-done")
                .exchange()
                .expectStatus()
                .isForbidden();
        assertThatThrownBy(
                        () -> backOffice.markAssessed(EWA, ApplicationId.of(id)).block(WAIT))
                .isInstanceOf(DomainException.NotFound.class);
        assertThat(applications.mine(ANNA, ApplicationId.of(id)).block(WAIT).status())
                .isEqualTo(ApplicationStatus.ASSIGNED);
    }

    @Test
    void refusalRecordsTheJustificationAndHowToAppeal() {
        String id = submitted("anna", with(ipus("odmowa " + UUID.randomUUID()), b -> b.put("language", "en")));
        assign(backOffice, id, EWA);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/refusal")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("justification", " "))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat((List<Object>) fields)
                        .containsExactlyInAnyOrder("justification", "appealInformation"));

        String justification = "Program „Senior+” jest dla osób, które ukończyły 60 lat (§ 3 programu).";
        String appeal =
                "Możesz złożyć odwołanie do Samorządowego Kolegium Odwoławczego za pośrednictwem centrum w ciągu 14 dni.";
        CaseSummary refused = backOffice
                .refuse(EWA, ApplicationId.of(id), justification, appeal)
                .block(WAIT);
        assertThat(refused.status()).isEqualTo(ApplicationStatus.NOT_QUALIFIED);
        assertThat(refused.deadlineState()).isEqualTo(DeadlineState.CLOSED);

        StatusChange last = applications
                .mine(ANNA, ApplicationId.of(id))
                .block(WAIT)
                .history()
                .getLast();
        assertThat(last.status()).isEqualTo(ApplicationStatus.NOT_QUALIFIED);
        assertThat(last.note()).contains(justification, appeal, "Justification", "How to appeal");
        assertThat(events(id, "ApplicationNotQualified"))
                .singleElement()
                .asString()
                .contains("decidedOn")
                .doesNotContain("Senior");
        assertThat(audit.browse(
                                JAN,
                                new AuditQuery(
                                        UUID.fromString(id), null, "ewa", AuditAction.NOT_QUALIFIED, null, null, null))
                        .collectList()
                        .block(WAIT))
                .singleElement()
                .extracting(AuditEntry::purpose)
                .isEqualTo(justification);
        assertThatThrownBy(() -> backOffice
                        .refuse(JAN, ApplicationId.of(id), "again", "again")
                        .block(WAIT))
                .isInstanceOfSatisfying(
                        DomainException.Conflict.class,
                        e -> assertThat(e.messageKey()).isEqualTo("intake.error.closed"));
    }

    @Test
    void theNeedsAssessmentIsMarkedOnceByTheAssignee() {
        String id = submitted("anna", ipus("rozpoznanie " + UUID.randomUUID()));
        clientAs("jan")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assessment-done")
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        assign(backOffice, id, EWA);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assessment-done")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("ASSESSED");
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assessment-done")
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        assertThat(events(id, "ApplicationAssessed")).hasSize(1);
        assertThat(applications.mine(ANNA, ApplicationId.of(id)).block(WAIT).history())
                .extracting(StatusChange::status)
                .containsExactly(ApplicationStatus.SUBMITTED, ApplicationStatus.ASSIGNED, ApplicationStatus.ASSESSED);
        // Still open: the resident may withdraw.
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/withdrawal")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("WITHDRAWN");
        assertThat(audit.browse(
                                JAN,
                                new AuditQuery(
                                        UUID.fromString(id), null, "anna", AuditAction.WITHDRAWN, null, null, null))
                        .collectList()
                        .block(WAIT))
                .hasSize(1);
    }

    private List<String> events(String id, String type) {
        return db.sql("select payload::text as p from event_log where aggregate_id = :id and type = :type order by seq")
                .bind("id", UUID.fromString(id))
                .bind("type", type)
                .map(row -> row.get("p", String.class))
                .all()
                .collectList()
                .block(WAIT);
    }
}
