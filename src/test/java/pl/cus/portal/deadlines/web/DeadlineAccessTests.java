package pl.cus.portal.deadlines.web;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.deadlines.Cases.EWA;
import static pl.cus.portal.deadlines.Cases.JAN;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditEntry;
import pl.cus.portal.audit.AuditQuery;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.deadlines.Cases;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.EventStream;

/**
 * Deadlines follow the case access policy (issue 14, item 9): attacks by staff who do not hold the case, and what
 * the administrator may see.
 */
class DeadlineAccessTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    EventStream stream;

    @Autowired
    DeadlineTracking tracking;

    @Autowired
    AuditTrail audit;

    private UUID ewasCase() {
        return Cases.assignedTo(EWA, clientAs("anna"), backOffice, stream, tracking);
    }

    private List<AuditEntry> entries(UUID id, AuditAction action, String username) {
        return audit.browse(JAN, new AuditQuery(id, null, username, action, null, null, null))
                .collectList()
                .block(WAIT);
    }

    private void pause(String who, UUID id, int status) {
        clientAs(who)
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .bodyValue(Map.of("reason", "MISSING_DOCUMENTS", "note", "notatka " + who))
                .exchange()
                .expectStatus()
                .isEqualTo(status);
    }

    private void resume(String who, UUID id, int status) {
        clientAs(who)
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/resume")
                .exchange()
                .expectStatus()
                .isEqualTo(status);
    }

    private boolean paused(UUID id) {
        return Boolean.TRUE.equals(clientAs("jan")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("paused"));
    }

    @Test
    void aCoordinatorOrAssistantWhoDoesNotHoldTheCaseCannotPauseItOrWriteItsNoteAndTheAttemptIsLoggedAsDenied() {
        UUID id = ewasCase();

        pause("piotr", id, 404);
        pause("marta", id, 404);

        assertThat(paused(id)).isFalse();
        assertThat(entries(id, AuditAction.DENIED, "piotr"))
                .extracting(AuditEntry::purpose)
                .contains("deadline pause");
        assertThat(entries(id, AuditAction.DENIED, "marta"))
                .extracting(AuditEntry::purpose)
                .contains("deadline pause");
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void aCoordinatorWhoDoesNotHoldTheCaseCannotEndItsPauseAndTheAttemptIsLoggedAsDenied() {
        UUID id = ewasCase();
        pause("ewa", id, 201);

        resume("piotr", id, 404);

        assertThat(paused(id)).isTrue();
        assertThat(entries(id, AuditAction.DENIED, "piotr"))
                .extracting(AuditEntry::purpose)
                .contains("deadline resumption");
    }

    @Test
    void theAssigneeAndTheOrganiserPauseAndResume() {
        UUID id = ewasCase();

        pause("ewa", id, 201);
        resume("jan", id, 200);
        pause("jan", id, 201);
        resume("ewa", id, 200);

        assertThat(paused(id)).isFalse();
        assertThat(entries(id, AuditAction.DENIED, null)).isEmpty();
    }

    @Test
    void theDirectorReadsButDoesNotPauseAndTheAdministratorNeither() {
        UUID id = ewasCase();

        pause("dyrektor", id, 403);
        pause("admin", id, 403);

        assertThat(paused(id)).isFalse();
        assertThat(entries(id, AuditAction.DENIED, "dyrektor")).isNotEmpty();
        assertThat(entries(id, AuditAction.DENIED, "admin")).isNotEmpty();
    }

    @Test
    void pauseNotesAreNotFoundForThoseWhoMayNotReadTheCase() {
        UUID id = ewasCase();
        pause("ewa", id, 201);

        clientAs("piotr")
                .get()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain("notatka"));
        clientAs("admin")
                .get()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectBody(String.class)
                .value(body -> assertThat(body).doesNotContain("notatka"));

        assertThat(entries(id, AuditAction.DENIED, "piotr"))
                .extracting(AuditEntry::purpose)
                .contains("deadline pauses and notes");
    }

    @Test
    void readingPauseNotesIsAnAuditedReadOfTheCase() {
        UUID id = ewasCase();
        pause("ewa", id, 201);

        clientAs("dyrektor")
                .get()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[0].note")
                .isEqualTo("notatka ewa");

        assertThat(entries(id, AuditAction.READ, "dyrektor"))
                .extracting(AuditEntry::purpose)
                .containsExactly("deadline pauses and notes");
        // What the resident sees in "who read my data" includes it.
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id + "/access-log")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("deadline pauses and notes"));
    }

    @Test
    void theAdministratorSeesTheCountsOnlyNoCaseOnTheBoardAndNoStream() {
        UUID id = ewasCase();
        String reference = clientAs("jan")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("reference")
                .toString();

        byte[] body = clientAs("admin")
                .get()
                .uri("/api/backoffice/deadlines?limit=500")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items.length()")
                .isEqualTo(0)
                .jsonPath("$.counts.counts")
                .exists()
                .returnResult()
                .getResponseBodyContent();
        String board = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(board)
                .doesNotContain(reference)
                .doesNotContain(id.toString())
                .doesNotContain(EWA.id().toString());
        clientAs("admin")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("admin")
                .get()
                .uri("/api/backoffice/deadline-pauses")
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("admin")
                .get()
                .uri("/api/backoffice/events")
                .exchange()
                .expectStatus()
                .isForbidden();
        // The others on the staff still get the board's lines.
        clientAs("piotr")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
