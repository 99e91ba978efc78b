package pl.cus.portal.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.reporting.ReportData;

/**
 * The organiser produces last year's first half-year summary: picks the preset, reads the charts and their data tables,
 * opens the late plans of a month down to the case, downloads the CSV and opens the printable version.
 */
class ReportsJourneyTests extends BrowserTest {

    @Autowired
    DatabaseClient db;

    @Autowired
    Clock clock;

    @Test
    void theOrganiserProducesTheHalfYearSummary() {
        int year = LocalDate.now(clock).getYear() - 1;
        var data = new ReportData(db, "RJ-" + UUID.randomUUID().toString().substring(0, 8));
        var late = data.withPlan(
                "LATE", LocalDate.of(year, 1, 20), LocalDate.of(year, 3, 10), List.<String[]>of(new String[] {
                    ReportData.RESPITE, "Fundacja Przystań"
                }));

        signIn("jan");
        open("backoffice/reports");
        assertThat(page.locator("h1").textContent()).isEqualTo(Messages.text("reporting.title"));
        assertAccessible();

        page.locator("#report-preset").click();
        // "I półrocze" is also inside "II półrocze": match the whole label.
        String label = Messages.text("reporting.preset.FIRST_HALF", String.valueOf(year));
        page.locator(
                        "vaadin-select-item",
                        new Page.LocatorOptions()
                                .setHasText(label)
                                .setHasNotText(Messages.text("reporting.preset.SECOND_HALF", String.valueOf(year))))
                .click();
        page.locator("#report-show").click();
        page.waitForURL("**from=" + year + "-01-01**");
        waitForVaadin();
        assertThat(page.url()).contains("to=" + year + "-06-30");
        assertThat(page.locator("#report-status").textContent()).contains(String.valueOf(year));

        // Charts are images with a name, and each has its data as a real table behind a disclosure.
        var charts = page.locator("#report-content svg[role='img']");
        assertThat(charts.count()).isGreaterThanOrEqualTo(3);
        assertThat(charts.first().getAttribute("aria-label"))
                .startsWith("Plany w terminie i po terminie")
                .contains(String.valueOf(year));
        assertThat(page.locator("#report-content figure.report-chart-block details table")
                        .count())
                .isEqualTo(charts.count());
        var months = page.locator("#report-plans-title").locator("xpath=..").locator("details");
        months.locator("summary").click();
        String march = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.forLanguageTag("pl"))
                .format(LocalDate.of(year, 3, 1));
        assertThat(months.locator("table").textContent()).contains(march);
        assertAccessible();

        // The late plans of March open to the cases behind the number, down to the case itself.
        months.locator("a[href*='figure=MONTH_LATE'][href*='key=" + year + "-03']")
                .click();
        page.waitForURL("**/backoffice/reports/cases**");
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).contains(Messages.text("reporting.figure-name.MONTH_LATE"));
        var caseLink = page.locator("#report-cases a", new Page.LocatorOptions().setHasText(late.reference()));
        assertThat(caseLink.getAttribute("href")).isEqualTo("backoffice/cases/" + late.id());
        assertAccessible();

        // Back to the report: the CSV is a spreadsheet file, the printable version opens.
        page.locator("#report-back").click();
        page.waitForURL("**/backoffice/reports?**");
        waitForVaadin();
        String csvHref = page.locator("#report-csv").getAttribute("href");
        assertThat(csvHref).contains("summary.csv?from=" + year + "-01-01&to=" + year + "-06-30");
        var csv = page.request().get(url(csvHref));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(csv.text()).contains("Sekcja;Pozycja;Wartość");

        page.locator("#report-print").click();
        page.waitForURL("**/backoffice/reports/print**");
        waitForVaadin();
        assertThat(page.locator("h1").textContent()).isEqualTo(Messages.text("reporting.print.title"));
        assertThat(page.locator("details[open] table").count()).isGreaterThanOrEqualTo(3);
        assertAccessible();
    }

    @Test
    void coordinatorsHaveNoReports() {
        signIn("ewa");
        page.waitForURL("**/backoffice**");
        waitForVaadin();
        assertThat(page.locator("vaadin-side-nav").textContent()).doesNotContain(Messages.text("reporting.nav"));
        open("backoffice/reports");
        assertThat(page.locator("#report-content").count()).isZero();
    }
}
