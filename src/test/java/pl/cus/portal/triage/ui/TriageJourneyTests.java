package pl.cus.portal.triage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.triage.TriageFixtures;

/**
 * The back office's triage in a real browser: the organiser's queue updates live, the suggestion is followed, and
 * the coordinator finds the case, records the needs assessment and forwards it.
 */
class TriageJourneyTests extends BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    Applications applications;

    @Test
    void aNewApplicationAppearsLiveIsAssignedAsSuggestedAndTheCoordinatorAssessesAndForwardsIt() {
        signIn("jan");
        open(TriagePaths.QUEUE);
        assertThat(page.locator("h1").textContent()).isEqualTo(Messages.text("triage.queue.title"));
        assertAccessible();

        // A resident applies while jan has the queue open: it appears without a reload.
        var application = TriageFixtures.submitIpus(
                applications,
                TriageFixtures.ANNA,
                "Piaski",
                "pl",
                "Opieka wytchnieniowa dla mamy " + UUID.randomUUID());
        String id = application.id().toString();
        page.locator("#queue-open-" + id).waitFor();
        assertThat(page.locator("#queue-open-" + id).textContent()).isEqualTo(application.reference());
        assertThat(page.locator("#queue-suggestion-" + id).textContent())
                .startsWith("Ewa Kowalska: " + Messages.text("triage.reason.district.SERVES", "Piaski"));
        assertThat(page.locator("#queue-due-" + id).textContent()).contains(Messages.text("triage.deadline.ON_TRACK"));
        assertThat(page.locator("#queue-live").textContent()).startsWith("Kolejka zaktualizowana");
        // At a common laptop width every column is on screen: nothing scrolls sideways, the page nor the grid.
        Number gridOverflow =
                (Number) page.evaluate("() => { const table = document.querySelector('#queue-grid').shadowRoot"
                        + ".querySelector('#table'); return table.scrollWidth - table.clientWidth; }");
        Number pageOverflow = (Number)
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(gridOverflow.intValue())
                .as("the queue grid's sideways overflow at %d px", DESKTOP_WIDTH)
                .isLessThanOrEqualTo(0);
        assertThat(pageOverflow.intValue())
                .as("the page's sideways overflow at %d px", DESKTOP_WIDTH)
                .isLessThanOrEqualTo(0);

        // jan follows the suggestion: the dialog has ewa preselected and the reason filled in.
        page.locator("#queue-assign-" + id).click();
        waitForVaadin();
        assertThat(page.locator("#assign-person vaadin-select-value-button").textContent())
                .contains("Ewa Kowalska");
        assertThat(page.locator("#assign-reason textarea").inputValue()).startsWith("Zgodnie z sugestią: Ewa Kowalska");
        page.locator("#assign-confirm").click();
        waitForVaadin();
        assertThat(page.locator("#queue-feedback").textContent())
                .isEqualTo(Messages.text("triage.assign.done", application.reference(), "Ewa Kowalska"));
        // Gone from the queue (the grid may keep the old cell hidden for reuse).
        page.locator("#queue-open-" + id).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

        // ewa, in her own browser session, finds it in her cases with the deadline in words.
        var first = context;
        Browser browser = first.browser();
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("pl-PL")
                .setTimezoneId("Europe/Warsaw")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        first.close();
        signIn("ewa");
        open(TriagePaths.CASES);
        assertThat(page.locator("#case-due-" + id).textContent())
                .contains("jeszcze")
                .contains(Messages.text("triage.deadline.ON_TRACK"));
        assertAccessible();
        page.locator("#case-link-" + id).click();
        page.waitForURL("**/" + TriagePaths.caseOf(application.id()));
        waitForVaadin();
        assertThat(page.locator("#case-title").textContent())
                .isEqualTo(Messages.text("triage.case.title", application.reference()));
        assertThat(page.locator("#case-details").textContent()).contains("Opieka wytchnieniowa dla mamy");
        assertAccessible();

        // The needs assessment, then forwarding, which its outcome leads to.
        page.locator("#assessment-needs textarea")
                .fill("Mama po udarze; córka pracuje, potrzebuje kilku godzin w tygodniu.");
        page.locator("#assessment-services-used textarea").fill("Opieka pielęgniarska z NFZ");
        page.locator("#assessment-justified")
                .getByText(Messages.text("triage.yes"), new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#assessment-possible")
                .getByText(Messages.text("triage.no"), new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#assessment-justification textarea").fill("Usługę prowadzi urząd miasta, nie centrum.");
        page.locator("#assessment-fees-explained input").check();
        page.locator("#assessment-outcome")
                .getByText(Messages.text("triage.outcome.FORWARD"))
                .click();
        page.locator("#assessment-save").click();
        waitForVaadin();
        assertThat(page.locator("#case-feedback").textContent()).isEqualTo(Messages.text("triage.assessment.saved", 1));
        assertThat(page.locator("#assessment-version-1").textContent()).contains("Ewa Kowalska");
        assertThat(applications
                        .mine(TriageFixtures.ANNA, application.id())
                        .block(WAIT)
                        .status())
                .isEqualTo(ApplicationStatus.ASSESSED);

        page.locator("#forward-name input").waitFor();
        page.locator("#forward-name input").fill("Wydział Spraw Społecznych Urzędu Miasta");
        page.locator("#forward-reason textarea").fill("Opiekę wytchnieniową w tym roku prowadzi urząd miasta.");
        page.locator("#forward-confirm").click();
        waitForVaadin();
        assertThat(page.locator("#case-feedback").textContent())
                .isEqualTo(Messages.text("triage.forward.done", application.reference()));
        assertThat(applications
                        .mine(TriageFixtures.ANNA, application.id())
                        .block(WAIT)
                        .status())
                .isEqualTo(ApplicationStatus.FORWARDED);
        assertThat(page.locator("#case-history").textContent()).contains(Messages.text("triage.status.FORWARDED"));
        assertAccessible();
    }

    @Test
    void aCoordinatorTakesAnApplicationFromTheQueue() {
        var application = TriageFixtures.submitIpus(
                applications, TriageFixtures.OLENA, "Zatorze", "uk", "Потрібна допомога " + UUID.randomUUID());
        String id = application.id().toString();
        signIn("piotr");
        open(TriagePaths.QUEUE);
        assertThat(page.locator("#queue-suggestion-" + id).textContent())
                .startsWith("Piotr Wiśniewski: zespół Śródmieście obsługuje dzielnicę Zatorze, mówi po ukraińsku");
        assertThat(page.locator("#workload-piotr").textContent()).contains("Piotr Wiśniewski");
        page.locator("#queue-take-" + id).click();
        page.waitForURL("**/" + TriagePaths.caseOf(application.id()));
        waitForVaadin();
        assertThat(page.locator("#case-summary").textContent()).contains("Piotr Wiśniewski");
        assertThat(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(Messages.text("triage.assessment.title")))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theAdministratorSeesTheRoutingSettings() {
        signIn("admin");
        open(TriagePaths.ROUTING);
        assertThat(page.locator("#routing-profiles").textContent())
                .contains("Ewa Kowalska")
                .contains("Marta Zielińska");
        assertThat(page.locator("#routing-rules").textContent()).contains("Zatorze");
        assertAccessible();
    }

    @Test
    void theAdministratorSavesARuleAndAProfileThroughTheirForms() {
        signIn("admin");
        open(TriagePaths.ROUTING);
        String district = "Testowo " + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#rule-district input").fill(district);
        page.locator("#rule-team input").fill("Zespół testowy");
        page.locator("#rule-save").click();
        waitForVaadin();
        assertThat(page.locator("#routing-feedback").textContent())
                .isEqualTo(Messages.text("triage.routing.rule-saved", district));
        assertThat(page.locator("#rule-district input").inputValue()).isEmpty();
        assertThat(page.locator("#routing-rules").textContent()).contains(district);

        // ewa's profile comes into the form and is saved as it is.
        page.locator("#routing-edit-ewa").click();
        waitForVaadin();
        assertThat(page.locator("#profile-username input").inputValue()).isEqualTo("ewa");
        assertThat(page.locator("#profile-districts input").inputValue()).isNotBlank();
        page.locator("#profile-save").click();
        waitForVaadin();
        assertThat(page.locator("#routing-feedback").textContent())
                .isEqualTo(Messages.text("triage.routing.profile-saved", "Ewa Kowalska"));

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Messages.text("triage.routing.delete-rule", district)))
                .click();
        waitForVaadin();
        assertThat(page.locator("#routing-feedback").textContent())
                .isEqualTo(Messages.text("triage.routing.rule-deleted", district));
    }
}
