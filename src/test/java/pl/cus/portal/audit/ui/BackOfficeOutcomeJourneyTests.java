package pl.cus.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * In a real browser: the organiser follows an application in the audit view; the resident reads in plain words where
 * her application went and why.
 */
class BackOfficeOutcomeJourneyTests extends BrowserTest {

    private static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    private static final UUID EWA_ID = UUID.fromString("00000000-0000-0000-0000-000000000201");

    @Autowired
    BackOfficeApplications backOffice;

    private JsonNode forwardedApplication(String reason) {
        var body = Map.of(
                "kind",
                "IPUS",
                "serviceIds",
                List.of("5e4f1ce0-0000-4000-8000-000000000001"),
                "needs",
                "podróż " + UUID.randomUUID(),
                "contact",
                Map.of("channel", "PORTAL"),
                "consent",
                true);
        JsonNode app = clientAs("anna")
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
        String id = app.get("id").stringValue();
        backOffice
                .assign(JAN, ApplicationId.of(id), new Assignment(EWA_ID, "Zespół IPUS", "rejon", false, null))
                .block(java.time.Duration.ofSeconds(10));
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/applications/" + id + "?purpose=rozmowa telefoniczna")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/forwarding")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "to", "Miejski Zarząd Budynków", "destination", "OTHER_MUNICIPAL_UNIT", "reason", reason))
                .exchange()
                .expectStatus()
                .isOk();
        return app;
    }

    @Test
    void theOrganiserFollowsAnApplicationInTheAuditView() {
        JsonNode app = forwardedApplication("Lokale socjalne przydziela zarząd budynków.");
        String reference = app.get("reference").stringValue();
        signIn("jan");
        open("backoffice/audit?application=" + reference);
        var grid = page.locator("#audit-entries");
        assertThat(grid.textContent())
                .contains(
                        reference,
                        "Ewa Kowalska",
                        "Jan Mazur",
                        Messages.text("audit.action.READ"),
                        Messages.text("audit.action.ASSIGNED"),
                        Messages.text("audit.action.FORWARDED"),
                        "rozmowa telefoniczna",
                        "Lokale socjalne przydziela zarząd budynków.");
        assertThat(page.locator("#audit-status").textContent()).contains("3");
        assertAccessible();

        page.getByLabel(Messages.text("audit.filter.actor")).fill("ewa");
        page.locator("#audit-search").click();
        waitForVaadin();
        // The grid keeps hidden rows in the page; the announced count tells what is listed.
        assertThat(page.locator("#audit-status").textContent()).isEqualTo(Messages.text("audit.count", 2, 500));
    }

    @Test
    void coordinatorsHaveNoAuditView() {
        signIn("ewa");
        page.waitForURL("**/backoffice**");
        waitForVaadin();
        assertThat(page.locator("body").textContent()).doesNotContain(Messages.text("audit.nav"));
        open("backoffice/audit");
        assertThat(page.locator("#audit-entries").count()).isZero();
        assertThat(page.locator("body").textContent()).doesNotContain(Messages.text("audit.lead"));
    }

    @Test
    void theResidentReadsWhereHerApplicationWentAndWhy() {
        JsonNode app = forwardedApplication("Mieszkaniami komunalnymi zajmuje się zarząd budynków.");
        signIn("anna");
        open("portal/matters/" + app.get("id").stringValue());
        assertThat(page.locator("#matter-status").textContent()).contains(Messages.text("intake.status.FORWARDED"));
        var history = page.locator("#matter-history");
        assertThat(history.textContent())
                .contains(
                        Messages.text("intake.history.FORWARDED"),
                        "Miejski Zarząd Budynków",
                        "inna jednostka miejska",
                        "Mieszkaniami komunalnymi zajmuje się zarząd budynków.");
        assertAccessible();
    }
}
