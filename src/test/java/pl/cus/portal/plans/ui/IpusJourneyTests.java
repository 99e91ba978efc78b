package pl.cus.portal.plans.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.plans.PlanFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6 end to end, every step in the browser: the coordinator writes the plan in the editor (services from the
 * catalogue, schedule, provider, place, period, goals), the resident agrees in "my matters", the director approves,
 * the deadline board counts the case as met, and the plan runs through monitoring to its summary (art. 45), which
 * the resident reads.
 */
class IpusJourneyTests extends BrowserTest {

    private static final String AFTER_SCHOOL = "Świetlica i pomoc w nauce";
    private static final String CAREER = "Doradztwo zawodowe i Klub Pracy";
    /** The Polish date pickers' format (the contexts run with locale pl-PL). */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void aPlanWrittenInTheEditorIsAgreedApprovedMetMonitoredAndClosedWithASummary() {
        // Anna has a fresh application, taken by Ewa (the assignment is triage's journey, not this one's).
        String id = new PlanFixtures(this::clientAs).assignedToEwa();
        String reference = clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("reference")
                .asString();
        LocalDate from = LocalDate.now().minusDays(1);
        LocalDate to = from.plusMonths(6).minusDays(1);

        // The coordinator writes the plan in the editor.
        signIn("ewa");
        open("backoffice/cases/" + id);
        page.locator("#case-plan-link").click();
        waitForVaadin();
        assertThat(page.locator("#plan-title")).containsText(reference);
        assertThat(page.getByText(Messages.text("plans.editor.none"))).isVisible();
        assertAccessible();

        date("#plan-from", from);
        date("#plan-to", to);
        chooseService(0, AFTER_SCHOOL);
        field("#plan-item-0-provider", "Fundacja „Pierwszy Krok”");
        field("#plan-item-0-place", "ul. Lipowa 8, Nadrzecze");
        field("#plan-item-0-schedule", "poniedziałek, środa, piątek 14:00–17:00");
        page.locator("#plan-add-service").click();
        waitForVaadin();
        chooseService(1, CAREER);
        field("#plan-item-1-provider", "Centrum Usług Społecznych w Nadrzeczu");
        field("#plan-item-1-place", "ul. Kościuszki 12, pokój 4");
        field("#plan-item-1-schedule", "co drugi czwartek 10:00");
        field("#plan-goals", "Syn ma gdzie odrabiać lekcje po szkole, a ja wracam do pracy do wiosny.");
        page.locator("#plan-save").click();
        waitForVaadin();
        assertThat(page.locator("#plan-feedback")).hasText(Messages.text("plans.editor.saved", 1));
        assertThat(page.locator("#plan-versions")).containsText(AFTER_SCHOOL + " — Fundacja „Pierwszy Krok”");
        assertThat(page.locator("#plan-versions")).containsText(CAREER);
        assertThat(page.getByText(Messages.text("plans.editor.not-agreed"))).isVisible();
        assertAccessible();
        context.clearCookies();

        // The resident reads it in "my matters" and agrees.
        signIn("anna");
        open("portal/matters");
        page.locator("#matter-link-" + id).click();
        waitForVaadin();
        page.locator("#matter-plan-link").click();
        waitForVaadin();
        assertThat(page.locator("#my-plan-title")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(AFTER_SCHOOL)))
                .isVisible();
        assertThat(page.getByText(Messages.text("plans.mine.provider", "Fundacja „Pierwszy Krok”")))
                .isVisible();
        assertThat(page.getByText(Messages.text("plans.mine.schedule", "co drugi czwartek 10:00")))
                .isVisible();
        assertThat(page.getByText("wracam do pracy do wiosny")).isVisible();
        assertAccessible();
        page.locator("#my-plan-agree").click();
        waitForVaadin();
        assertThat(page.locator("#my-plan-feedback")).hasText(Messages.text("plans.mine.agreed-now"));
        assertThat(page.getByText(Messages.text("plans.mine.waiting"))).isVisible();
        context.clearCookies();

        // The director approves; the deadline board counts one more deadline met.
        signIn("dyrektor");
        open("backoffice/deadlines");
        assertThat(metCount()).containsText(Messages.text("deadlines.state.MET"));
        long metBefore = Long.parseLong(
                metCount().locator(".deadline-count-value").textContent().strip());
        open("backoffice/cases/" + id + "/plan");
        assertThat(page.getByText(Messages.text(
                        "plans.editor.agreed",
                        pl.cus.portal.shared.ui.Formats.of(java.util.Locale.forLanguageTag("pl"))
                                .date(LocalDate.now()))))
                .isVisible();
        assertAccessible();
        page.locator("#plan-approve").click();
        waitForVaadin();
        assertThat(page.locator("#plan-feedback")).hasText(Messages.text("plans.editor.approved-now"));
        assertThat(page.getByText(Messages.text(
                        "plans.editor.prepared",
                        pl.cus.portal.shared.ui.Formats.of(java.util.Locale.forLanguageTag("pl"))
                                .date(LocalDate.now()))))
                .isVisible();
        open("backoffice/deadlines");
        // The board is live: the count follows the projector without a reload.
        page.waitForFunction(
                "before => Number(document.querySelector('#count-MET .deadline-count-value').textContent.trim()) > before",
                (int) metBefore);
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(reference)))
                .hasCount(0);
        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.deadlineState")
                .isEqualTo("MET");
        context.clearCookies();

        // The coordinator monitors the plan and closes it with the summary.
        signIn("ewa");
        open("backoffice/cases/" + id + "/plan");
        field(
                "#monitoring-text",
                "Rozmowa telefoniczna: syn chodzi do świetlicy trzy razy w tygodniu, mama była na pierwszej konsultacji.");
        page.locator("#monitoring-save").click();
        waitForVaadin();
        assertThat(page.locator("#plan-feedback")).hasText(Messages.text("plans.monitoring.saved"));
        assertThat(page.locator("#plan-notes")).containsText("trzy razy w tygodniu");
        field("#closure-summary-notes", "Mama mówi, że syn ma stałą opiekę po szkole, a ona dostała pracę w piekarni.");
        field(
                "#closure-course",
                "Świetlica od pierwszego tygodnia, cztery spotkania w Klubie Pracy, umowa o pracę od marca.");
        page.getByLabel(Messages.text("plans.outcome.COMPLETED"), new Page.GetByLabelOptions().setExact(true))
                .check();
        waitForVaadin();
        page.locator("#closure-save").click();
        waitForVaadin();
        assertThat(page.locator("#plan-feedback")).hasText(Messages.text("plans.closure.saved"));
        assertThat(page.locator("#plan-closure")).containsText("umowa o pracę od marca");
        assertThat(page.locator("#plan-closed")).isVisible();
        assertAccessible();
        context.clearCookies();

        // The resident reads the summary.
        signIn("anna");
        open("portal/matters/" + id);
        page.locator("#matter-plan-link").click();
        waitForVaadin();
        assertThat(page.locator("#my-plan-closed"))
                .containsText(Messages.text(
                        "plans.mine.closed-completed",
                        pl.cus.portal.shared.ui.Formats.of(java.util.Locale.forLanguageTag("pl"))
                                .date(LocalDate.now())));
        assertThat(page.locator("#my-plan-closed")).containsText("umowa o pracę od marca");
        assertThat(page.locator("#my-plan-agree")).hasCount(0);
        assertAccessible();
    }

    private Locator metCount() {
        return page.locator("#count-MET");
    }

    /** Types a day into a date picker as a person would, in the Polish format, and leaves the field. */
    private void date(String selector, LocalDate day) {
        Locator input = page.locator(selector + " input");
        input.fill(day.format(TYPED));
        input.press("Enter");
        input.press("Tab");
        waitForVaadin();
        // Typed with leading zeros; the picker shows the day as its locale writes it (1.12.2026 in Polish).
        assertThat(input)
                .hasValue(Pattern.compile(
                        String.format("^0?%d\\.0?%d\\.%d$", day.getDayOfMonth(), day.getMonthValue(), day.getYear())));
    }

    private void field(String selector, String value) {
        Locator input =
                page.locator(selector + " textarea, " + selector + " input").first();
        input.fill(value);
        input.press("Tab");
        waitForVaadin();
    }

    /** Chooses a service of the catalogue in the n-th row: types part of its name and picks the offered option. */
    private void chooseService(int row, String name) {
        Locator input = page.locator("#plan-item-" + row + "-service input");
        input.click();
        input.fill(name.substring(0, 12));
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        waitForVaadin();
        assertThat(input).hasValue(name);
    }
}
