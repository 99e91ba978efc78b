package pl.cus.portal.plans.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import pl.cus.portal.BrowserTest;
import tools.jackson.databind.JsonNode;

/** In the browser: the resident reads the plan and agrees in "my matters", the director approves, the case is met. */
class PlanJourneyTests extends BrowserTest {

    @Test
    void theResidentAgreesTheDirectorApprovesAndTheDeadlineIsMet() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "IPUS");
        body.put("serviceIds", List.of("5e4f1ce0-0000-4000-8000-000000000001"));
        body.put("needs", "Wsparcie po szkole.");
        body.put("contact", Map.of("channel", "EMAIL", "value", "anna@example.org"));
        body.put("consent", true);
        String id = clientAs("anna")
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
                .getResponseBody()
                .get("id")
                .stringValue();
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assignment")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("assignee", "ewa"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        clientAs("ewa")
                .put()
                .uri("/api/backoffice/applications/" + id + "/plan")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "from",
                        "2027-01-10",
                        "to",
                        "2027-07-09",
                        "goals",
                        "Syn ma gdzie odrabiać lekcje.",
                        "items",
                        List.of(Map.of(
                                "serviceId",
                                "5e4f1ce0-0000-4000-8000-000000000001",
                                "provider",
                                "Fundacja Razem",
                                "place",
                                "ul. Słoneczna 5",
                                "schedule",
                                "co wtorek 16:00"))))
                .exchange()
                .expectStatus()
                .isOk();

        // The coordinator sees the plan page from the case page.
        signIn("ewa");
        open("backoffice/cases/" + id);
        page.locator("#case-plan-link").click();
        waitForVaadin();
        assertThat(page.locator("#plan-title")).isVisible();
        assertThat(page.locator("#plan-versions")).containsText("Fundacja Razem");
        assertAccessible();
        context.clearCookies();

        signIn("anna");
        open("portal/matters/" + id);
        page.locator("#matter-plan-link").click();
        waitForVaadin();
        assertThat(page.locator("#my-plan-title")).isVisible();
        assertThat(page.getByText("Kto: Fundacja Razem")).isVisible();
        assertAccessible();
        page.locator("#my-plan-agree").click();
        waitForVaadin();
        assertThat(page.locator("#my-plan-feedback")).hasText(Messages.text("plans.mine.agreed-now"));
        context.clearCookies();

        signIn("dyrektor");
        open("backoffice/cases/" + id + "/plan");
        page.locator("#plan-approve").click();
        waitForVaadin();
        assertThat(page.locator("#plan-feedback")).hasText(Messages.text("plans.editor.approved-now"));

        clientAs("anna")
                .get()
                .uri("/api/applications/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.deadlineState")
                .isEqualTo("MET");
    }
}
