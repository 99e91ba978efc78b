package pl.cus.portal.notifications.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.BrowserTest;

/** A resident sees the bell and the list, opens and marks a notification; the administrator sees the held mail. */
class NotificationJourneyTests extends BrowserTest {

    @Autowired
    DatabaseClient db;

    @Test
    void residentReadsANotificationAndTheAdministratorSeesTheHeldMail() throws InterruptedException {
        String id = clientAs("anna")
                .post()
                .uri("/api/applications")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "kind",
                        "IPUS",
                        "serviceIds",
                        List.of("5e4f1ce0-0000-4000-8000-000000000001"),
                        "needs",
                        "dzwonek",
                        "contact",
                        Map.of("channel", "EMAIL", "value", "anna@example.org"),
                        "consent",
                        true))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .toString();
        String reference = awaitReference(id);

        signIn("anna");
        open("portal/notifications");
        assertThat(page.locator("#notification-bell")).containsText("Powiadomienia");
        var item = page.locator("#notification-list li")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(reference));
        assertThat(item).containsText("Nowe");
        assertThat(item.locator("a")).hasAttribute("href", "portal/matters/" + id);
        assertAccessible();
        item.locator("vaadin-button").click();
        waitForVaadin();
        assertThat(page.locator("#notification-list li")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(reference)))
                .containsText("Przeczytane");

        context.clearCookies();
        signIn("admin");
        open("backoffice/mail-outbox");
        assertThat(page.locator("#mail-outbox")).containsText("a***@example.org");
        assertThat(page.locator("#mail-outbox")).containsText("HELD");
        assertThat(page.locator("#mail-outbox")).not().containsText("anna@example.org");
        // The state at a glance: why mail is held on this portal (no SMTP server), the counts, the oldest wait.
        var summary = page.locator("#mail-outbox-summary");
        assertThat(page.locator("#mail-outbox-held-notice"))
                .hasText(Messages.text("notifications.outbox.held-no-smtp"));
        assertThat(summary).containsText(Messages.text("notifications.outbox.count.held"));
        assertThat(summary).containsText(Messages.text("notifications.outbox.count.pending"));
        assertThat(summary).containsText(Messages.text("notifications.outbox.oldest-unsent"));
        assertThat(summary).not().containsText(Messages.text("notifications.outbox.none-waiting"));
        assertAccessible();
    }

    @Test
    void theBellCountsANewNotificationWithoutTheResidentMovingOn() {
        signIn("olena");
        open("portal/services");
        var bell = page.locator("#notification-bell");
        String before = bell.textContent();
        clientAs("olena")
                .post()
                .uri("/api/applications")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "kind",
                        "IPUS",
                        "serviceIds",
                        List.of("5e4f1ce0-0000-4000-8000-000000000001"),
                        "needs",
                        "na żywo",
                        "contact",
                        Map.of("channel", "PORTAL"),
                        "consent",
                        true))
                .exchange()
                .expectStatus()
                .isCreated();
        assertThat(bell)
                .not()
                .hasText(
                        before,
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/portal/services$"));
        assertThat(bell.locator("svg")).hasCount(1);
    }

    private String awaitReference(String applicationId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            String reference = db.sql("select reference from notification where application_id = :app")
                    .bind("app", UUID.fromString(applicationId))
                    .map(r -> r.get("reference", String.class))
                    .one()
                    .block(Duration.ofSeconds(5));
            if (reference != null) {
                return reference;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no notification for " + applicationId);
    }
}
