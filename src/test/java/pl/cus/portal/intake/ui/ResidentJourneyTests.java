package pl.cus.portal.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/**
 * Whole resident journeys: from registration to a sent application, a "Za życiem" request in Ukrainian, the status
 * seen after staff act, and applying with the keyboard alone.
 */
class ResidentJourneyTests extends BrowserTest {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Actor ANNA =
            Actor.of(UUID.fromString("00000000-0000-0000-0000-000000000101"), "anna", "Anna", List.of(Role.RESIDENT));
    private static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    private static final UUID EWA_ID = UUID.fromString("00000000-0000-0000-0000-000000000201");
    private static final String RESPITE = "5e4f1ce0-0000-4000-8000-000000000002";

    @Autowired
    Applications applications;

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    Deadlines deadlines;

    @Test
    void aNewResidentRegistersSignsInFindsAServiceAndApplies() {
        String email = "nowa-" + UUID.randomUUID() + "@example.org";
        open("");
        page.getByRole(AriaRole.BANNER)
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions()
                                .setName(Messages.text("layout.register"))
                                .setExact(true))
                .click();
        page.waitForURL("**/portal/register");
        waitForVaadin();
        page.getByLabel(Messages.text("register.name")).fill("Zofia Nowa");
        page.getByLabel(Messages.text("register.email")).fill(email);
        page.getByLabel(Messages.text("register.password"), new Page.GetByLabelOptions().setExact(true))
                .fill("rower-nad-rzeka-7");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Messages.text("register.submit")))
                .click();
        waitForVaadin();
        assertThat(page.locator("#registration-sent").textContent())
                .isEqualTo(Messages.text("identity.registration.sent"));
        assertAccessible();

        // The link in the confirmation mail (held in the outbox: no SMTP server in tests) opens the account.
        open("portal/confirm-account?token=" + mailedToken(email, "portal/confirm-account"));
        assertThat(page.locator("#confirm-outcome").textContent()).isEqualTo(Messages.text("identity.confirm.done"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Messages.text("identity.confirm.sign-in")))
                .click();
        page.waitForURL("**/login");
        waitForVaadin();

        page.getByLabel(Messages.text("login.username")).fill(email);
        page.getByLabel(Messages.text("login.password"), new Page.GetByLabelOptions().setExact(true))
                .fill("rower-nad-rzeka-7");
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin();
        assertThat(page.locator(".account-name").textContent()).isEqualTo("Zofia Nowa");

        open("portal/services");
        page.locator("#catalogue-search input").fill("opieka wytchnieniowa");
        page.locator("#catalogue-submit").click();
        page.waitForURL("**/portal/services?**");
        waitForVaadin();
        page.locator("#service-link-" + RESPITE).click();
        page.waitForURL("**/portal/services/" + RESPITE);
        waitForVaadin();
        page.locator("#catalogue-request").click();
        page.waitForURL(url -> url.contains(IntakeRoutes.IPUS));
        waitForVaadin();
        assertThat(page.locator("#service-" + RESPITE + " input").isChecked()).isTrue();

        next();
        fill("needs", "Po przeprowadzce szukam wsparcia w opiece nad babcią.");
        next();
        radio(Messages.text("intake.contact.channel.PORTAL"));
        next();
        page.locator("#consent input").check();
        next();
        assertThat(text("#due-date"))
                .contains(Dates.longDate(deadlines.planDueDate(deadlines.today()), Locale.forLanguageTag("pl")));
        page.locator("#wizard-send").click();
        page.waitForURL("**/portal/matters/**");
        waitForVaadin();
        assertThat(text("#confirmation-reference")).isNotBlank();
        assertAccessible();
    }

    @Test
    void aPregnantWomanSendsAZaZyciemRequestInUkrainian() {
        signIn("olena");
        open(IntakeRoutes.APPLY);
        chooseLanguage("Українська");
        assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("uk");
        assertThat(context.cookies()).anyMatch(cookie -> cookie.name.equals("cus_lang") && cookie.value.equals("uk"));
        assertThat(page.locator("h1").first().textContent()).isEqualTo(Messages.in("uk", "intake.start.title"));

        page.locator("#apply-za-zyciem").click();
        page.waitForURL("**/" + IntakeRoutes.ZA_ZYCIEM + "**");
        waitForVaadin();
        assertThat(text("#reassurance")).contains(Messages.in("uk", "intake.zz.reassure.no-visit"));
        assertThat(text("#step-progress")).isEqualTo(Messages.in("uk", "intake.wizard.progress", 1, 5));
        assertAccessible();
        radio(Messages.in("uk", "intake.situation.PREGNANCY"));
        next();
        fill("needs", "Хочу дізнатися про підтримку під час вагітності.");
        next();
        radio(Messages.in("uk", "intake.contact.channel.PORTAL"));
        assertAccessible();
        next();
        page.locator("#consent input").check();
        next();

        String due = Dates.longDate(deadlines.planDueDate(deadlines.today()), UK);
        assertThat(text("#due-date")).isEqualTo(Messages.in("uk", "intake.check.due-date", due));
        assertThat(due).as("a Ukrainian month name").doesNotContainPattern("[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻ]{3,}");
        assertThat(text(".check-answers")).contains("Хочу дізнатися про підтримку");
        assertThat(page.locator("main").innerText()).doesNotContainPattern("![a-z-]+\\.[a-z.-]+!");
        assertAccessible();

        page.locator("#wizard-send").click();
        page.waitForURL("**/portal/matters/**");
        waitForVaadin();
        String reference = text("#confirmation-reference");
        assertThat(text("#confirmation")).contains(due);
        assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("uk");
        assertAccessible();
        ApplicationView sent = applications
                .mine(Actor.of(
                        UUID.fromString("00000000-0000-0000-0000-000000000102"),
                        "olena",
                        "Olena",
                        List.of(Role.RESIDENT)))
                .filter(application -> application.reference().equals(reference))
                .blockFirst(Duration.ofSeconds(10));
        assertThat(sent.kind()).isEqualTo(ApplicationKind.ZA_ZYCIEM);
    }

    @Test
    void theResidentSeesTheStatusChangeAfterStaffAssignHerApplication() {
        var form = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(),
                "Status: kto się mną zajmie?",
                List.of(),
                Situation.PREGNANCY,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                null,
                null,
                List.of());
        ApplicationView sent = applications
                .submit(ANNA, "status-" + UUID.randomUUID(), form)
                .block(Duration.ofSeconds(15))
                .application();
        Locale pl = Locale.forLanguageTag("pl");

        signIn("anna");
        open(IntakeRoutes.MATTERS);
        String statusBefore = Messages.text("intake.matters.status", Wording.status(sent.status(), pl));
        assertThat(text("#matter-" + sent.id())).contains(statusBefore);

        backOffice
                .assign(JAN, sent.id(), new Assignment(EWA_ID, "Zespół IPUS", "rejon", false, null))
                .block(Duration.ofSeconds(10));
        var assigned = applications
                .mine(ANNA)
                .filter(application -> application.id().equals(sent.id()))
                .blockFirst(Duration.ofSeconds(10));
        assertThat(assigned.status()).isNotEqualTo(sent.status());

        open(IntakeRoutes.MATTERS);
        String statusAfter = Messages.text("intake.matters.status", Wording.status(assigned.status(), pl));
        assertThat(statusAfter).isNotEqualTo(statusBefore);
        assertThat(text("#matter-" + sent.id())).contains(statusAfter);
        page.locator("#matter-link-" + sent.id()).click();
        waitForVaadin();
        assertThat(page.locator("main").innerText()).contains(Wording.status(assigned.status(), pl));
        assertAccessible();
    }

    @Test
    void aResidentAppliesWithTheKeyboardAloneAndAlwaysSeesWhereTheFocusIs() {
        signIn("anna");
        open(IntakeRoutes.APPLY);
        tabTo(page.locator("#apply-ipus"));
        press("Enter");
        page.waitForURL(url -> url.contains(IntakeRoutes.IPUS));
        waitForVaadin();

        tabTo(page.locator("#service-" + RESPITE + " input"));
        press("Space");
        assertThat(page.locator("#service-" + RESPITE + " input").isChecked()).isTrue();
        tabTo(page.locator("#wizard-next"));
        press("Enter");
        assertThat(text("#step-heading")).isEqualTo(Messages.text("intake.needs.title"));
        assertAccessible();

        tabTo(page.locator("#needs textarea"));
        page.keyboard().type("Piszę tylko klawiaturą: proszę o asystenta.");
        tabTo(page.locator("#wizard-next"));
        press("Enter");
        assertThat(text("#step-heading")).isNotEqualTo(Messages.text("intake.needs.title"));

        // The first channel (e-mail) takes the focus of the radio group; Space chooses it and asks for the address.
        tabTo(page.locator("#contact-channel vaadin-radio-button input").first());
        press("Space");
        tabTo(page.locator("#contact-value input"));
        page.keyboard().type("anna.klawiatura@example.org");
        assertAccessible();
        tabTo(page.locator("#wizard-next"));
        press("Enter");

        tabTo(page.locator("#consent input"));
        press("Space");
        assertAccessible();
        tabTo(page.locator("#wizard-next"));
        press("Enter");
        assertThat(text(".check-answers")).contains("Piszę tylko klawiaturą").contains("anna.klawiatura@example.org");
        assertAccessible();

        // Back once with Shift+Tab from the send button reaches the previous control without a mouse.
        tabTo(page.locator("#wizard-send"));
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Tab");
        assertThat(focusedIn(page.locator("#wizard-send"))).isTrue();
        press("Enter");
        page.waitForURL("**/portal/matters/**");
        waitForVaadin();
        assertThat(text("#confirmation-reference")).isNotBlank();
    }

    /** Presses Tab until the focus is in the target (at most 80 times), then checks the focus can be seen. */
    private void tabTo(Locator target) {
        target.waitFor();
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (focusedIn(target)) {
                assertThat(focusVisible())
                        .as("a visible focus indicator on %s", target)
                        .isTrue();
                return;
            }
        }
        throw new AssertionError("Tab never reached " + target);
    }

    private boolean focusedIn(Locator target) {
        return (Boolean) target.evaluate("""
                t => { let el = document.activeElement;
                  while (el) { if (el === t || t.contains(el) || el.contains(t) && el.tagName.startsWith('VAADIN-')) return true;
                    el = el.shadowRoot ? el.shadowRoot.activeElement : null; }
                  return false; }""");
    }

    /** An outline or a box shadow on the focused element, its Vaadin host, or the host's field/box part. */
    private boolean focusVisible() {
        return (Boolean) page.evaluate("""
                () => { let el = document.activeElement;
                  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                  const seen = []; let node = el;
                  for (let i = 0; node && i < 4; i++) {
                    seen.push(node);
                    if (node.shadowRoot) seen.push(...node.shadowRoot.querySelectorAll('[part~="input-field"],[part~="radio"],[part~="checkbox"]'));
                    node = node.parentElement || (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
                  }
                  return seen.some(n => { const s = getComputedStyle(n);
                    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }); }""");
    }

    private void press(String key) {
        page.keyboard().press(key);
        waitForVaadin();
    }

    private void chooseLanguage(String ownName) {
        page.locator(".language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(ownName))
                .click();
        page.waitForFunction(
                "() => document.documentElement.lang === '" + (ownName.equals("Українська") ? "uk" : "en") + "'");
        waitForVaadin();
    }

    private void next() {
        page.locator("#wizard-next").click();
        waitForVaadin();
    }

    private void fill(String id, String value) {
        Locator field = page.locator("#" + id + " textarea, #" + id + " input").first();
        field.fill(value);
        field.press("Tab");
        waitForVaadin();
    }

    private void radio(String label) {
        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .check();
        waitForVaadin();
    }

    private String text(String selector) {
        return page.locator(selector).innerText().strip();
    }
}
