package pl.cus.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.identity.Accounts;
import pl.cus.portal.identity.SignInFixtures;

/** The administrator's staff accounts page and the password change, as people use them in a browser. */
class IdentityJourneyTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void theAdministratorCreatesAStaffAccountSeesThePasswordOnceAndDisablesTheAccount() {
        String username = "journey." + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        signIn("admin");
        open("backoffice/accounts");
        assertThat(page.locator("h1").textContent()).isEqualTo(Messages.text("identity.accounts.title"));
        assertThat(page.locator("#staff-accounts-grid").textContent())
                .contains("ewa", Messages.text("role.COORDINATOR"));
        assertAccessible();

        page.locator("#create-staff-account").click();
        page.getByLabel(Messages.text("identity.accounts.form.username")).fill("Bad Name");
        page.locator("#staff-submit").click();
        waitForVaadin();
        assertThat(page.locator("#staff-username").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#staff-roles").getAttribute("invalid")).isNotNull();

        page.getByLabel(Messages.text("identity.accounts.form.username")).fill(username);
        page.getByLabel(Messages.text("identity.accounts.form.name")).fill("Renata Journey");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Messages.text("role.ORGANISER")))
                .check();
        page.locator("#staff-submit").click();
        waitForVaadin();

        String password = page.locator("#initial-password").textContent().strip();
        assertThat(password).hasSize(16);
        assertThat(page.locator("#create-staff-dialog").textContent())
                .contains(Messages.text("identity.accounts.created.note"));
        assertAccessible();
        page.locator("#initial-password-close").click();
        waitForVaadin();
        page.locator("#initial-password").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.locator("#staff-accounts-grid").textContent()).contains(username, "Renata Journey");

        basic(username, password)
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.roles[0]")
                .isEqualTo("ORGANISER");

        page.locator("#toggle-" + username.replace(".", "\\.")).click();
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName(Messages.text("identity.accounts.confirm.disable.confirm")))
                .click();
        waitForVaadin();
        assertThat(page.locator("#staff-accounts-status").textContent())
                .isEqualTo(Messages.text("identity.accounts.done.disabled", username));
        basic(username, password).get().uri("/api/me").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void otherStaffDoNotSeeTheStaffAccountsPage() {
        signIn("ewa");
        assertThat(page.locator("vaadin-side-nav").textContent())
                .doesNotContain(Messages.text("identity.nav.accounts"));
        open("backoffice/accounts");
        assertThat(page.locator("#staff-accounts-grid").count()).isZero();
        assertThat(page.content()).doesNotContain(Messages.text("identity.accounts.lead"));
    }

    @Test
    void aResidentChangesTheirPasswordFromTheHeaderLinkAndTheirOtherBrowserIsSignedOut() {
        String email = SignInFixtures.newResident(this::registerConfirmed, "pierwsze-haslo-1");
        // The same person is also signed in in another browser (another context: its own cookies).
        BrowserContext otherBrowser = context.browser().newContext(new Browser.NewContextOptions().setLocale("pl-PL"));
        Page other = otherBrowser.newPage();
        signInWithPassword(other, email, "pierwsze-haslo-1");
        signInWithPassword(page, email, "pierwsze-haslo-1");
        waitForVaadin();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Messages.text("identity.nav.password")))
                .click();
        page.waitForURL("**/portal/account/password");
        waitForVaadin();
        assertAccessible();

        page.getByLabel(Messages.text("identity.password.current")).fill("pierwsze-haslo-1");
        page.getByLabel(Messages.text("identity.password.new"), new Page.GetByLabelOptions().setExact(true))
                .fill("drugie-haslo-22");
        page.getByLabel(Messages.text("identity.password.repeat")).fill("drugie-haslo-22");
        page.locator("#change-password").click();
        waitForVaadin();
        assertThat(page.locator("#password-done").textContent())
                .isEqualTo(
                        Messages.text("identity.password.done") + " " + Messages.text("identity.password.done.others"));

        // This browser goes on; the other one is signed out and its next page is the sign-in form.
        open("portal/account/password");
        assertThat(page.url()).endsWith("/portal/account/password");
        other.navigate(url("portal/account/password"));
        other.waitForURL(url -> url.contains("/login"));
        otherBrowser.close();

        basic(email, "pierwsze-haslo-1")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        basic(email, "drugie-haslo-22")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void aPersonWhoGetsTheCurrentPasswordWrongTooOftenIsToldToWait() {
        String email = SignInFixtures.newResident(this::registerConfirmed, "pierwsze-haslo-2");
        signInWithPassword(page, email, "pierwsze-haslo-2");
        waitForVaadin();
        open("portal/account/password");
        for (int i = 0; i < 6; i++) {
            page.getByLabel(Messages.text("identity.password.current"))
                    .fill(i < 5 ? "zle-haslo-" + i : "pierwsze-haslo-2");
            page.getByLabel(Messages.text("identity.password.new"), new Page.GetByLabelOptions().setExact(true))
                    .fill("drugie-haslo-33");
            page.getByLabel(Messages.text("identity.password.repeat")).fill("drugie-haslo-33");
            page.locator("#change-password").click();
            waitForVaadin();
        }
        assertThat(page.locator("#password-error").textContent())
                .isEqualTo(Messages.text("identity.password.error.locked", 3));
        assertThat(page.locator("#password-done").isVisible()).isFalse();
        assertAccessible();
        basic(email, "pierwsze-haslo-2")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isEqualTo(429);
    }

    /** The real Vaadin login form in this page: it posts to /login with the page's CSRF token. */
    private void signInWithPassword(Page in, String username, String password) {
        in.navigate(url("login"));
        in.getByLabel(Messages.text("login.username")).fill(username);
        in.getByLabel(Messages.text("login.password"), new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        in.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']")
                .first()
                .click();
        in.waitForURL(url -> !url.contains("/login"));
        in.waitForLoadState(LoadState.NETWORKIDLE);
    }

    @Test
    void aResidentWhoForgotThePasswordSetsANewOneFromTheMailedLink() {
        String email = "zapominalska-" + UUID.randomUUID() + "@example.org";
        registerConfirmed(email, "stare-haslo-do-portalu", "Ula Journey");
        open("login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Messages.text("identity.login.forgotten")))
                .click();
        page.waitForURL("**/portal/forgotten-password");
        waitForVaadin();
        page.getByLabel(Messages.text("register.email")).fill(email);
        page.locator("#request-reset").click();
        waitForVaadin();
        assertThat(page.locator("#reset-sent").textContent()).isEqualTo(Messages.text("identity.forgotten.sent"));
        assertAccessible();

        open("portal/reset-password?token=" + mailedToken(email, "portal/reset-password"));
        page.locator("#reset-password input").fill("ula");
        page.locator("#reset-repeat input").fill("ula");
        page.locator("#set-password").click();
        waitForVaadin();
        assertThat(page.locator("#reset-password").getAttribute("invalid")).isNotNull();
        assertThat(page.locator("#reset-password").textContent()
                        + page.locator("#reset-password").getAttribute("error-message"))
                .contains(Messages.text("identity.password.rule.length", 12));
        page.locator("#reset-password input").fill("nowe-haslo-po-resecie");
        page.locator("#reset-repeat input").fill("nowe-haslo-po-resecie");
        page.locator("#set-password").click();
        waitForVaadin();
        assertThat(page.locator("#reset-done").textContent()).isEqualTo(Messages.text("identity.reset.done"));

        basic(email, "stare-haslo-do-portalu")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isUnauthorized();
        basic(email, "nowe-haslo-po-resecie")
                .get()
                .uri("/api/me")
                .exchange()
                .expectStatus()
                .isOk();
    }

    @Test
    void withoutAnSmtpServerTheAdministratorSeesTheHeldConfirmationMailWithItsLink() {
        String email = "held-" + UUID.randomUUID() + "@example.org";
        clientFromAnywhere()
                .post()
                .uri("/api/accounts")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of(
                        "email", email, "password", "moje-wlasne-haslo", "displayName", "Held Journey"))
                .exchange()
                .expectStatus()
                .isAccepted();
        String token = mailedToken(email, "portal/confirm-account");
        signIn("admin");
        open("backoffice/mail-outbox");
        page.locator("#mail-outbox").getByText("h***@example.org").first().click();
        waitForVaadin();
        assertThat(page.locator(".held-mail").first().textContent()).contains("portal/confirm-account?token=" + token);
    }

    @Test
    void withoutAnIdentityProviderTheLoginPageOffersOnlyThePasswordForm() {
        open("login");
        assertThat(page.locator("#oidc-sign-in").count()).isZero();
        assertThat(page.locator("#oidc-error").isVisible()).isFalse();
        open("login?external-error");
        assertThat(page.locator("#oidc-error").textContent()).isEqualTo(Messages.text("identity.login.oidc-error"));
    }

    private WebTestClient basic(String username, String password) {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(username, password))
                .build();
    }
}
