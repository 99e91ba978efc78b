package pl.cus.portal.deadlines.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.ContractEvents;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.shared.EventLog;

/** The board, pauses and notices over HTTP. */
class BackofficeDeadlineRoutesTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    EventLog log;

    @Autowired
    DeadlineTracking tracking;

    @Autowired
    Deadlines deadlines;

    @Autowired
    pl.cus.portal.intake.BackOfficeApplications backOffice;

    @Autowired
    pl.cus.portal.shared.EventStream stream;

    private UUID submitted(LocalDate due) {
        UUID id = UUID.randomUUID();
        var stored = log.append(ContractEvents.submitted(id, "IPUS", deadlines.today(), due))
                .block(WAIT);
        tracking.awaitProjected(stored.sequence()).block(WAIT);
        return id;
    }

    @Test
    void theBoardListsOpenDeadlinesByDueDateWithCountsAndDaysLeft() {
        LocalDate today = deadlines.today();
        UUID id = submitted(today.minusDays(1));
        clientAs("dyrektor")
                .get()
                .uri("/api/backoffice/deadlines?state=OVERDUE&limit=500")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.today")
                .isEqualTo(today.toString())
                .jsonPath("$.counts.counts.OVERDUE")
                .value(n -> org.assertj.core.api.Assertions.assertThat(((Number) n).longValue())
                        .isPositive())
                .jsonPath("$.items[?(@.applicationId == '" + id + "')].daysLeft")
                .isEqualTo(-1)
                .jsonPath("$.items[?(@.applicationId == '" + id + "')].deadlineState")
                .isEqualTo("OVERDUE")
                .jsonPath("$.items[?(@.applicationId == '" + id + "')].planDueDate")
                .isEqualTo(today.minusDays(1).toString());
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.reference")
                .isEqualTo(ContractEvents.reference(id));
    }

    @Test
    void theBoardIsForStaffAndRefusesBadFilters() {
        clientAs("anna")
                .get()
                .uri("/api/backoffice/deadlines")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/deadlines?state=MET&limit=0&coordinator=x")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> org.assertj.core.api.Assertions.assertThat(fields.toString())
                        .contains("state", "limit", "coordinator"));
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/deadlines/" + UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aCoordinatorPausesAndResumesAndTheDueDateStays() {
        LocalDate today = deadlines.today();
        // Pauses follow the case access policy: a real application, assigned to Ewa.
        UUID id = pl.cus.portal.deadlines.Cases.assignedTo(
                pl.cus.portal.deadlines.Cases.EWA, clientAs("anna"), backOffice, stream, tracking);
        String due = clientAs("ewa")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("planDueDate")
                .toString();
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .bodyValue(Map.of("reason", "AWAITING_ANSWER", "note", "telefon"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.reason")
                .isEqualTo("AWAITING_ANSWER")
                .jsonPath("$.startedOn")
                .isEqualTo(today.toString());
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .bodyValue(Map.of("reason", "OTHER"))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .bodyValue(Map.of("reason", "LAZY"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("reason");
        clientAs("dyrektor")
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/resume")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("anna")
                .get()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .exchange()
                .expectStatus()
                .isForbidden();

        clientAs("ewa")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectBody()
                .jsonPath("$.paused")
                .isEqualTo(true)
                .jsonPath("$.planDueDate")
                .isEqualTo(due);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/resume")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.endedOn")
                .isEqualTo(today.toString())
                .jsonPath("$.days")
                .isEqualTo(0);
        clientAs("dyrektor")
                .get()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].note")
                .isEqualTo("telefon");
        clientAs("dyrektor")
                .get()
                .uri("/api/backoffice/deadline-pauses")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.applicationId == '" + id + "')].pausedDays")
                .isEqualTo(0)
                .jsonPath("$[?(@.applicationId == '" + id + "')].pauses")
                .isEqualTo(1);
    }

    @Test
    void theOrganiserReadsAndMarksNotices() {
        UUID id = submitted(deadlines.today().minusDays(3));
        var notices = clientAs("jan")
                .get()
                .uri("/api/backoffice/notifications")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(
                        new org.springframework.core.ParameterizedTypeReference<
                                java.util.List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
        var notice = notices.stream()
                .filter(n -> id.toString().equals(n.get("applicationId")))
                .findFirst()
                .orElseThrow();
        org.assertj.core.api.Assertions.assertThat(notice.get("read")).isEqualTo(false);
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/notifications/" + notice.get("id") + "/read")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("jan")
                .post()
                .uri("/api/backoffice/notifications/" + notice.get("id") + "/read")
                .exchange()
                .expectStatus()
                .isNoContent();
    }
}
