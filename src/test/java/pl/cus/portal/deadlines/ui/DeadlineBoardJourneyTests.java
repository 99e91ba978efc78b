package pl.cus.portal.deadlines.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.ContractEvents;
import pl.cus.portal.shared.EventLog;

/** The deadline board in a real browser: it updates itself through server push, without a reload. */
class DeadlineBoardJourneyTests extends BrowserTest {

    @Autowired
    EventLog log;

    @Autowired
    Deadlines deadlines;

    @Autowired
    pl.cus.portal.intake.BackOfficeApplications backOffice;

    @Autowired
    pl.cus.portal.shared.EventStream stream;

    @Autowired
    pl.cus.portal.deadlines.DeadlineTracking tracking;

    private Locator count(String state) {
        return page.locator("#count-" + state + " .deadline-count-value");
    }

    @Test
    void theBoardShowsAChangeMadeElsewhereWithoutReloading() {
        signIn("jan");
        open("backoffice/deadlines");
        assertThat(page.locator("#deadline-board")).isVisible();
        long overdueBefore = Long.parseLong(count("OVERDUE").textContent().strip());
        // Survives only if the page is not reloaded or navigated away from.
        page.evaluate("() => window.__boardMarker = 'still here'");

        UUID id = UUID.randomUUID();
        LocalDate today = deadlines.today();
        log.append(ContractEvents.submitted(id, "IPUS", today.minusDays(31), today.minusDays(1)))
                .block(Duration.ofSeconds(10));

        assertThat(count("OVERDUE")).hasText(Long.toString(overdueBefore + 1));
        Locator row = page.locator(
                "vaadin-grid-cell-content",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText(ContractEvents.reference(id)));
        assertThat(row).hasCount(1);
        assertThat(page.locator("#deadline-notifications")).containsText(ContractEvents.reference(id));
        assertThat(page.evaluate("() => window.__boardMarker")).isEqualTo("still here");
        assertThat(page.url()).endsWith("/backoffice/deadlines");
    }

    @Test
    void theBoardIsAccessible() {
        signIn("ewa");
        open("backoffice/deadlines");
        assertThat(page.locator("#count-OVERDUE")).containsText(Messages.text("deadlines.state.OVERDUE"));
        assertAccessible();
    }

    @Test
    void theAdministratorSeesTheCountsOnly() {
        UUID id = UUID.randomUUID();
        LocalDate today = deadlines.today();
        log.append(ContractEvents.submitted(id, "IPUS", today.minusDays(31), today.minusDays(1)))
                .block(Duration.ofSeconds(10));
        signIn("admin");
        open("backoffice/deadlines");

        assertThat(page.locator("#deadline-counts-only")).isVisible();
        assertThat(count("OVERDUE")).isVisible();
        assertThat(Long.parseLong(count("OVERDUE").textContent().strip())).isPositive();
        assertThat(page.locator("#deadline-board")).hasCount(0);
        assertThat(page.locator("#filter-coordinator")).hasCount(0);
        assertThat(page.content()).doesNotContain(ContractEvents.reference(id)).doesNotContain("Ewa Kowalska");
        assertAccessible();
    }

    @Test
    void aCoordinatorSeesThePausesOfTheirOwnCaseOnlyAndTheOrganiserSeesEveryonesNotes() {
        UUID id = pl.cus.portal.deadlines.Cases.assignedTo(
                pl.cus.portal.deadlines.Cases.PIOTR, clientAs("anna"), backOffice, stream, tracking);
        clientAs("piotr")
                .post()
                .uri("/api/backoffice/deadlines/" + id + "/pauses")
                .bodyValue(java.util.Map.of("reason", "MISSING_DOCUMENTS", "note", "czekamy na zaświadczenie"))
                .exchange()
                .expectStatus()
                .isCreated();
        String reference = clientAs("jan")
                .get()
                .uri("/api/backoffice/deadlines/" + id)
                .exchange()
                .expectBody(java.util.Map.class)
                .returnResult()
                .getResponseBody()
                .get("reference")
                .toString();

        signIn("ewa");
        open("backoffice/deadlines");
        selectRow(reference);
        assertThat(page.locator("#deadline-pauses")).containsText(Messages.text("deadlines.pause.not-yours"));
        assertThat(page.locator("#deadline-pauses")).not().containsText("zaświadczenie");
        assertThat(page.locator("#pause-end")).isHidden();
        context.clearCookies();

        signIn("jan");
        open("backoffice/deadlines");
        selectRow(reference);
        assertThat(page.locator("#deadline-pauses")).containsText("czekamy na zaświadczenie");
        assertThat(page.locator("#pause-end")).isVisible();
    }

    private void selectRow(String reference) {
        page.locator("#filter-coordinator input").fill("Piotr Wiśniewski");
        page.locator(
                        "vaadin-combo-box-item",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Piotr Wiśniewski"))
                .click();
        waitForVaadin();
        // The grid keeps recycled cells in the page; the row is the visible one.
        page.locator(
                        "vaadin-grid-cell-content:visible",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText(reference))
                .first()
                .click();
        waitForVaadin();
    }
}
