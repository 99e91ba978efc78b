package pl.cus.portal.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.BrowserTest;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Draft;
import pl.cus.portal.intake.DraftId;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/** Residents apply, keep drafts and follow their matters in a real browser, by keyboard-reachable, labelled controls. */
class IntakeJourneyTests extends BrowserTest {

    private static final Locale PL = Locale.forLanguageTag("pl");
    private static final Actor ANNA =
            Actor.of(UUID.fromString("00000000-0000-0000-0000-000000000101"), "anna", "Anna", List.of(Role.RESIDENT));
    private static final Actor OLENA =
            Actor.of(UUID.fromString("00000000-0000-0000-0000-000000000102"), "olena", "Olena", List.of(Role.RESIDENT));
    /** A demo service that is not the "Za życiem" one (01). */
    private static final ServiceId RESPITE = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000002");

    private static final byte[] SMALL_PDF =
            ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Applications applications;

    @Autowired
    Drafts drafts;

    @Autowired
    Deadlines deadlines;

    @Autowired
    pl.cus.portal.intake.Attachments attachments;

    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

    @Test
    void annaAppliesForAServiceFromItsLinkSeesTheDueDateAndFindsItInHerMatters() {
        // Signed out, she follows the catalogue service's "apply" link: sign-in first, then back to the form with the
        // service ticked.
        open("portal/services/" + RESPITE);
        page.locator("#catalogue-request").click();
        page.waitForURL("**/login**");
        signInHere("anna");
        page.waitForURL(url -> url.contains(IntakeRoutes.IPUS));
        waitForVaadin();
        assertThat(page.locator("#service-" + RESPITE + " input").isChecked()).isTrue();
        assertThat(text("#step-progress")).isEqualTo(Messages.text("intake.wizard.progress", 1, 5));
        assertAccessible();

        next();
        assertThat(text("#step-heading")).isEqualTo(Messages.text("intake.needs.title"));
        fill("needs", "Potrzebuję kilku godzin wytchnienia w tygodniu, opiekuję się mamą.");
        next();
        radio(Messages.text("intake.contact.channel.PORTAL"));
        page.getByLabel(Messages.text("intake.discretion.NEUTRAL_SENDER")).check();
        next();
        page.locator("#consent input").check();
        next();

        String due = Dates.longDate(deadlines.planDueDate(deadlines.today()), PL);
        assertThat(text("#due-date"))
                .isEqualTo(Messages.text("intake.check.due-date", due))
                .endsWith(" r.");
        assertThat(text(".check-answers")).contains("Potrzebuję kilku godzin wytchnienia");
        assertAccessible();
        int before = mine(ANNA).size();

        page.locator("#wizard-send").click();
        page.waitForURL("**/portal/matters/**");
        waitForVaadin();
        String reference = text("#confirmation-reference");
        assertThat(reference).isNotBlank();
        assertThat(text("#confirmation")).contains(due);
        assertAccessible();
        List<ApplicationView> after = mine(ANNA);
        assertThat(after).hasSize(before + 1);
        ApplicationView sent = after.stream()
                .filter(application -> application.reference().equals(reference))
                .findFirst()
                .orElseThrow();
        assertThat(sent.services()).extracting(service -> service.id()).containsExactly(RESPITE);
        assertThat(drafts.mine(ANNA).collectList().block())
                .noneMatch(draft -> draft.form().needs() != null
                        && draft.form().needs().startsWith("Potrzebuję kilku godzin wytchnienia"));

        open(IntakeRoutes.MATTERS);
        assertThat(text("#matter-" + sent.id()))
                .contains(reference)
                .contains(Wording.deadline(sent.deadlineState(), sent.planDueDate(), PL))
                .contains(Messages.text("intake.kind.IPUS"));
        assertAccessible();
        page.locator("#matter-link-" + sent.id()).click();
        waitForVaadin();
        assertThat(text("#matter-reference")).contains(reference);
        assertThat(text("#matter-due")).contains(Dates.longDate(sent.planDueDate(), PL));
        assertAccessible();
    }

    @Test
    void olenaAsksForZaZyciemSupportWithADocumentAndIsNeverAskedAboutIncomeOrAHomeInterview() {
        signIn("olena");
        open(IntakeRoutes.APPLY);
        page.locator("#apply-za-zyciem").click();
        page.waitForURL("**/" + IntakeRoutes.ZA_ZYCIEM + "**");
        waitForVaadin();
        List<String> pages = new ArrayList<>();
        pages.add(mainText());
        assertThat(text("#reassurance")).contains(Messages.text("intake.zz.reassure.no-visit"));
        assertAccessible();

        next();
        assertThat(page.locator("#error-summary").isVisible()).isTrue();
        assertThat(text("#error-summary")).contains(Messages.text("intake.situation.error"));
        radio(Messages.text("intake.situation.PREGNANCY_COMPLICATED"));
        next();
        pages.add(mainText());
        fill("needs", "Chciałabym porozmawiać z psychologiem <b>i</b> dowiedzieć się o moich prawach.");

        // A file that only claims to be a PDF is refused with the service's own words; a real one is added.
        page.locator("#document-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "wynik.pdf", "application/pdf", "not really a pdf".getBytes(StandardCharsets.US_ASCII)));
        page.locator("#upload-error").waitFor();
        assertThat(text("#upload-error")).isEqualTo(Messages.text("intake.error.file-type"));
        page.locator("#document-upload input[type=file]")
                .setInputFiles(new FilePayload("karta-ciazy.pdf", "application/pdf", SMALL_PDF));
        page.locator("#attachment-list li").first().waitFor();
        assertThat(text("#attachment-list")).contains("karta-ciazy.pdf");
        assertThat(page.locator("#upload-error").isVisible()).isFalse();
        pages.add(mainText());
        assertAccessible();

        next();
        radio(Messages.text("intake.contact.channel.EMAIL"));
        fill("contact-value", "olena@example.org");
        page.getByLabel(Messages.text("intake.discretion.NO_LETTERS_HOME")).check();
        pages.add(mainText());
        next();
        page.locator("#consent input").check();
        pages.add(mainText());
        next();
        pages.add(mainText());
        // Typed text is shown as text, never as markup.
        assertThat(page.locator(".check-answers b").count()).isZero();
        assertThat(text(".check-answers")).contains("<b>i</b>");
        assertAccessible();

        for (String shown : pages) {
            String lower = shown.toLowerCase(Locale.ROOT);
            for (String word : Set.of("dochód", "dochod", "wywiad")) {
                assertThat(lower).as("a page of the Za życiem path").doesNotContain(word);
            }
        }

        page.locator("#wizard-send").click();
        page.waitForURL("**/portal/matters/**");
        waitForVaadin();
        String reference = text("#confirmation-reference");
        ApplicationView sent = mine(OLENA).stream()
                .filter(application -> application.reference().equals(reference))
                .findFirst()
                .orElseThrow();
        assertThat(sent.kind()).isEqualTo(ApplicationKind.ZA_ZYCIEM);
        assertThat(sent.situation()).isEqualTo(Situation.PREGNANCY_COMPLICATED);
        assertThat(sent.attachments())
                .singleElement()
                .satisfies(file -> assertThat(file.displayName()).isEqualTo("karta-ciazy.pdf"));
        assertThat(text("#matter-attachments")).contains("karta-ciazy.pdf");
        assertThat(mainText().toLowerCase(Locale.ROOT)).doesNotContain("dochód").doesNotContain("wywiad");
    }

    @Test
    void twoDraftsAreKeptAndOneIsResumedWithTheTypedTextIntact() {
        signIn("anna");
        open(IntakeRoutes.IPUS);
        page.locator("#service-" + RESPITE + " input").check();
        next();
        String ipusText = "Szkic: pomoc przy opiece nad tatą po szpitalu";
        fill("needs", ipusText);
        DraftId ipusDraft = draftIdFromUrl(IntakeRoutes.IPUS);
        eventually(() -> ipusText.equals(draft(ANNA, ipusDraft).form().needs()));
        assertThat(text("#save-status"))
                .startsWith(Messages.text("intake.draft.saved-at", "").strip());

        open(IntakeRoutes.ZA_ZYCIEM);
        radio(Messages.text("intake.situation.PREGNANCY"));
        next();
        String zzText = "Szkic drugi: informacje o wsparciu";
        fill("needs", zzText);
        DraftId zzDraft = draftIdFromUrl(IntakeRoutes.ZA_ZYCIEM);
        eventually(() -> zzText.equals(draft(ANNA, zzDraft).form().needs()));
        assertThat(zzDraft).isNotEqualTo(ipusDraft);

        open(IntakeRoutes.MATTERS);
        assertThat(page.locator("#draft-" + ipusDraft).isVisible()).isTrue();
        assertThat(page.locator("#draft-" + zzDraft).isVisible()).isTrue();
        // Each draft says when it will be removed if left alone: 90 days after its last change.
        assertThat(text("#draft-removal-" + ipusDraft))
                .isEqualTo(Messages.text(
                        "intake.drafts.removal",
                        Dates.longDate(draft(ANNA, ipusDraft).updatedAt().plus(Duration.ofDays(90)), PL)));
        page.locator("#draft-resume-" + ipusDraft).click();
        page.waitForURL("**/" + IntakeRoutes.IPUS + "/" + ipusDraft);
        waitForVaadin();
        assertThat(text("#step-progress")).isEqualTo(Messages.text("intake.wizard.progress", 2, 5));
        assertThat(page.locator("#needs textarea").inputValue()).isEqualTo(ipusText);
        page.locator("#wizard-back").click();
        waitForVaadin();
        assertThat(page.locator("#service-" + RESPITE + " input").isChecked()).isTrue();

        open(IntakeRoutes.APPLY);
        assertThat(page.locator("#draft-" + zzDraft).isVisible()).isTrue();
        page.locator("#draft-resume-" + zzDraft).click();
        waitForVaadin();
        assertThat(page.locator("#needs textarea").inputValue()).isEqualTo(zzText);

        open(IntakeRoutes.APPLY);
        page.locator("#draft-discard-" + zzDraft).click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Messages.text("intake.drafts.discard-confirm")))
                .click();
        waitForVaadin();
        assertThat(page.locator("#draft-" + zzDraft).count()).isZero();
        assertThat(drafts.mine(ANNA).collectList().block())
                .extracting(Draft::id)
                .contains(ipusDraft)
                .doesNotContain(zzDraft);
    }

    @Test
    void aResidentAtTheFileQuotaIsToldWhatToDoAndADraftWithoutAKindDoesNotBreakHerMatters() {
        UUID id = UUID.randomUUID();
        String username = "journey-" + id.toString().substring(0, 8);
        db.sql(
                        "insert into account (id, username, display_name, password_hash, roles, preferred_language, created_at) "
                                + "select :id, :username, 'Test Resident', password_hash, array['RESIDENT'], 'pl', now() from account where username = 'anna'")
                .bind("id", id)
                .bind("username", username)
                .then()
                .block(Duration.ofSeconds(10));
        Actor resident = Actor.of(id, username, "Test Resident", List.of(Role.RESIDENT));
        UUID broken = UUID.randomUUID();
        db.sql(
                        "insert into application_draft (id, resident_id, form, step, updated_at) values (:id, :resident, '{\"needs\": \"x\"}'::jsonb, 0, now())")
                .bind("id", broken)
                .bind("resident", id)
                .then()
                .block(Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            attachments.upload(resident, "plik-" + i + ".pdf", SMALL_PDF).block(Duration.ofSeconds(10));
        }

        signIn(username);
        open(IntakeRoutes.MATTERS);
        assertThat(text("#draft-" + broken + " h3")).isEqualTo(Messages.text("intake.drafts.unknown-kind"));
        assertThat(text("#draft-unreadable-" + broken)).isEqualTo(Messages.text("intake.drafts.unreadable"));
        assertThat(page.locator("#draft-resume-" + broken).count()).isZero();
        assertThat(page.locator("#draft-removal-" + broken).isVisible()).isTrue();
        page.locator("#draft-discard-" + broken).click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Messages.text("intake.drafts.discard-confirm")))
                .click();
        waitForVaadin();
        assertThat(page.locator("#draft-" + broken).count()).isZero();

        open(IntakeRoutes.ZA_ZYCIEM);
        radio(Messages.text("intake.situation.PREGNANCY"));
        next();
        page.locator("#document-upload input[type=file]")
                .setInputFiles(new FilePayload("jeszcze-jeden.pdf", "application/pdf", SMALL_PDF));
        page.locator("#upload-error").waitFor();
        assertThat(text("#upload-error")).isEqualTo(Messages.text("intake.error.quota-files", 20, "50 MB"));
        assertThat(page.locator("#attachment-list li").count()).isZero();
    }

    @Test
    void anotherResidentsApplicationLooksExactlyLikeAnUnknownOne() {
        var form = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(),
                "Informacje o wsparciu",
                List.of(),
                Situation.PREGNANCY,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                null,
                null,
                List.of());
        ApplicationView olenas = applications
                .submit(OLENA, "journey-" + UUID.randomUUID(), form)
                .block()
                .application();

        signIn("anna");
        open(IntakeRoutes.matter(olenas.id()));
        assertThat(page.locator("#not-found").isVisible()).isTrue();
        String foreign = mainText();
        assertThat(foreign).doesNotContain(olenas.reference());
        open(IntakeRoutes.MATTERS + "/" + UUID.randomUUID());
        assertThat(mainText()).isEqualTo(foreign);
        open(IntakeRoutes.MATTERS + "/not-an-id");
        assertThat(mainText()).isEqualTo(foreign);
        open(IntakeRoutes.ZA_ZYCIEM + "/" + UUID.randomUUID());
        assertThat(page.locator("#not-found").isVisible()).isTrue();
        assertAccessible();
    }

    @Test
    void aDoubleClickOnSendCreatesOneApplication() {
        signIn("anna");
        open(IntakeRoutes.IPUS + "?service=" + RESPITE);
        next();
        // Unique per run: the phone variant of this journey sends into the same database.
        String needs = "Dwuklik: jedna prośba o usługę " + UUID.randomUUID();
        fill("needs", needs);
        next();
        radio(Messages.text("intake.contact.channel.PHONE"));
        fill("contact-value", "600 100 200");
        next();
        page.locator("#consent input").check();
        next();
        int before = mine(ANNA).size();

        page.locator("#wizard-send").dblclick();
        page.waitForURL("**/portal/matters/**");
        waitForVaadin();

        assertThat(mine(ANNA))
                .hasSize(before + 1)
                .filteredOn(application -> needs.equals(application.needs()))
                .hasSize(1);
    }

    @Test
    void signedOutVisitorsAreSentToSignInAndStaffAreToldPolitelyThatResidentsApply() {
        open(IntakeRoutes.MATTERS);
        page.waitForURL("**/login**");
        open(IntakeRoutes.APPLY);
        assertThat(page.locator("#sign-in-first").isVisible()).isTrue();
        assertAccessible();

        signIn("ewa");
        open(IntakeRoutes.ZA_ZYCIEM);
        assertThat(page.locator("#staff-notice").isVisible()).isTrue();
        assertThat(page.locator("#wizard-send").count()).isZero();
    }

    private List<ApplicationView> mine(Actor resident) {
        return applications.mine(resident).collectList().block(Duration.ofSeconds(10));
    }

    private Draft draft(Actor resident, DraftId id) {
        return drafts.find(resident, id).block(Duration.ofSeconds(10));
    }

    private DraftId draftIdFromUrl(String route) {
        page.waitForURL(url -> url.matches(".*/" + route + "/[0-9a-f-]{36}$"));
        return DraftId.of(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    private static void eventually(Supplier<Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(end);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Fills in the login form the protected page led to, so that sign-in returns to that page. */
    private void signInHere(String username) {
        waitForVaadin();
        page.getByLabel(Messages.text("login.username")).fill(username);
        page.getByLabel(Messages.text("login.password"), new Page.GetByLabelOptions().setExact(true))
                .fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
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

    private String mainText() {
        return page.locator("main").innerText();
    }
}
