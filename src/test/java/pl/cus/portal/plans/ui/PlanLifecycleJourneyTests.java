package pl.cus.portal.plans.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.plans.PlanFixtures;

/**
 * In the browser: the coordinator records a team meeting, prints its agreements, and closes the plan with the summary;
 * the resident reads the agreements and the summary in "my matters".
 */
class PlanLifecycleJourneyTests extends BrowserTest {

    @Test
    void theCoordinatorRecordsAMeetingAndClosesThePlanWithASummary() {
        LocalDate today = LocalDate.now();
        String id = new PlanFixtures(this::clientAs).prepared(today.minusMonths(5), today.plusMonths(1));

        signIn("ewa");
        open("backoffice/cases/" + id + "/plan");
        assertThat(page.locator("#plan-meetings-section")).containsText(Messages.text("plans.meetings.none"));
        assertAccessible();

        page.locator("#plan-meeting-new").click();
        waitForVaadin();
        page.locator("#meeting-participant-1-name input").fill("Anna Nowak");
        page.locator("#meeting-participant-1-role input").fill("mama");
        page.locator("#meeting-add-participant").click();
        waitForVaadin();
        page.locator("#meeting-participant-2-name input").fill("Maria Lis");
        page.locator("#meeting-participant-2-role input").fill("pedagog szkolny, SP 3");
        page.locator("#meeting-participant-2-attended input").uncheck();
        page.locator("#meeting-going-well textarea").fill("Syn chętnie chodzi do świetlicy.");
        page.locator("#meeting-agreement-1-who input").fill("Anna Nowak");
        page.locator("#meeting-agreement-1-what input").fill("Zapisze syna na zajęcia sportowe");
        // The form is checked with its fields filled in and the second participant added.
        assertAccessible();
        page.locator("#meeting-save").click();
        waitForVaadin();
        assertThat(page.locator("#plan-feedback")).hasText(Messages.text("plans.meeting.saved"));
        assertThat(page.locator("#plan-meetings"))
                .containsText(Messages.text(
                        "plans.meetings.item-facts",
                        1,
                        2,
                        1,
                        pl.cus.portal.shared.ui.Formats.of(java.util.Locale.forLanguageTag("pl"))
                                .date(today.plusMonths(1))));

        page.locator("#plan-meetings a").first().click();
        waitForVaadin();
        assertThat(page.locator("#agreements-table")).containsText("Zapisze syna na zajęcia sportowe");
        assertThat(page.locator("#agreements-participants")).containsText("Maria Lis");
        assertAccessible();

        open("backoffice/cases/" + id + "/plan");
        page.locator("#monitoring-text textarea")
                .fill("Rozmowa telefoniczna: syn chodzi do świetlicy trzy razy w tygodniu.");
        page.locator("#monitoring-save").click();
        waitForVaadin();
        assertThat(page.locator("#plan-notes")).containsText("trzy razy w tygodniu");

        page.locator("#closure-summary-notes textarea")
                .fill("Mama mówi, że syn ma stałą opiekę, a ona wróciła do pracy.");
        page.locator("#closure-course textarea")
                .fill("Plan zrealizowany: świetlica od lutego, poradnictwo zawodowe, praca od kwietnia.");
        page.getByLabel(Messages.text("plans.outcome.COMPLETED"), new Page.GetByLabelOptions().setExact(true))
                .check();
        page.locator("#closure-save").click();
        waitForVaadin();
        assertThat(page.locator("#plan-feedback")).hasText(Messages.text("plans.closure.saved"));
        assertThat(page.locator("#plan-closure")).containsText("praca od kwietnia");
        assertThat(page.locator("#plan-meeting-new")).hasCount(0);
        assertAccessible();

        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("CLOSED")
                .jsonPath("$.deadlineState")
                .isEqualTo("MET");
        context.clearCookies();

        signIn("anna");
        open("portal/matters/" + id + "/plan");
        assertThat(page.locator("#my-plan-meetings")).containsText("Zapisze syna na zajęcia sportowe");
        assertThat(page.locator("#my-plan-closed")).containsText("praca od kwietnia");
        assertThat(page.locator("#my-plan-agree")).hasCount(0);
        assertAccessible();

        // The meeting was announced to Anna; the notification leads to the plan page with the agreements.
        String reference = clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(tools.jackson.databind.JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("reference")
                .asString();
        String notice = Messages.text("notifications.type.MEETING_AGREEMENTS", reference, "");
        open("portal/notifications");
        var item = page.locator("#notification-list li", new Page.LocatorOptions().setHasText(notice));
        assertThat(item).hasCount(1);
        item.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        page.waitForURL("**/portal/matters/" + id + "/plan");
        waitForVaadin();
        assertThat(page.locator("#my-plan-meetings")).containsText("Zapisze syna na zajęcia sportowe");
    }
}
