package pl.cus.portal.assistance.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.assistance.AssistanceFixtures;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;

/** In the browser: Marta records the family's consent, logs a visit, opens the report generated from it, edits and submits it. */
class FamilyAssistanceJourneyTests extends BrowserTest {

    @Autowired
    Applications applications;

    @Autowired
    BackOfficeApplications backOffice;

    @Test
    void theAssistantRecordsConsentLogsAVisitAndSubmitsTheMonthlyReportMadeFromIt() {
        ApplicationId id = AssistanceFixtures.familyOf(applications, backOffice, AssistanceFixtures.MARTA);
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Warsaw"));

        signIn("marta");
        open("backoffice/cases/" + id.value());
        page.locator("#case-assistance-link").click();
        waitForVaadin();
        assertThat(page.locator("#assistance-title")).isVisible();
        assertAccessible();

        page.locator("#consent-save").click();
        waitForVaadin();
        assertThat(page.locator("#assistance-feedback")).hasText(Messages.text("assistance.consent.saved"));
        assertThat(page.locator("#assistance-limits"))
                .containsText(Messages.text("assistance.limit.FA_VISIT_INTERVAL"));

        page.locator("#visit-minutes input").fill("90");
        page.locator("#visit-notes textarea").fill("Rozmowa o planie dnia i o wizycie w poradni.");
        page.locator("#visit-save").click();
        waitForVaadin();
        assertThat(page.locator("#assistance-feedback")).hasText(Messages.text("assistance.visits.saved"));
        assertThat(page.locator("#visit-list")).containsText(Messages.text("assistance.visit.kind.HOME_VISIT"));
        assertAccessible();

        page.locator("#report-link-" + month).click();
        waitForVaadin();
        assertThat(page.locator("#report-title")).isVisible();
        assertThat(page.locator("#report-numbers")).containsText("1,5");
        assertThat(page.locator("#report-contacts textarea"))
                .hasValue(java.util.regex.Pattern.compile(".*wizyta domowa, 90 min.*"));
        assertAccessible();

        page.locator("#report-summary textarea").fill("Pierwszy miesiąc: poznajemy się, rodzina ustaliła plan dnia.");
        page.locator("#report-submit").click();
        waitForVaadin();
        assertThat(page.locator("#report-feedback")).hasText(Messages.text("assistance.report.submitted-now"));
        assertThat(page.locator("#report-submit")).hasCount(0);
        assertThat(page.locator("#report-summary textarea"))
                .hasValue("Pierwszy miesiąc: poznajemy się, rodzina ustaliła plan dnia.");

        open("backoffice/cases");
        assertThat(page.locator("#case-assistance-" + id.value()))
                .containsText(Messages.text("assistance.limit.FA_VISIT_INTERVAL"));
        assertAccessible();
    }
}
