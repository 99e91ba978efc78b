package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resident's views in each language the portal offers: no untranslated key on screen, {@code <html lang>} set to
 * the language, and a title of its own for every view (what a screen reader announces on arrival and a tab shows).
 */
class LanguagesJourneyTests extends BrowserTest {

    private static final List<String> PUBLIC_VIEWS = List.of(
            "",
            "portal/services",
            "portal/services/5e4f1ce0-0000-4000-8000-000000000002",
            "portal/programmes",
            "portal/apply",
            "portal/register",
            "login",
            "portal/accessibility");
    private static final List<String> SIGNED_IN_VIEWS =
            List.of("portal/apply/ipus", "portal/apply/za-zyciem", "portal/matters", "portal/account/password");
    /** What an untranslated key looks like on screen ({@code !intake.start.title!}). */
    private static final String UNTRANSLATED = "![a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)+!";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pl", "en", "uk"})
    void everyResidentViewIsFullyInTheChosenLanguageWithItsOwnTitle(String language) {
        context.addCookies(
                List.of(new Cookie("cus_lang", language).setDomain("localhost").setPath("/")));
        Map<String, String> titles = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String view : PUBLIC_VIEWS) {
            check(view, language, titles, problems);
        }
        open("login");
        page.getByLabel(Messages.in(language, "login.username")).fill("anna");
        page.getByLabel(Messages.in(language, "login.password"), new Page.GetByLabelOptions().setExact(true))
                .fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin();
        for (String view : SIGNED_IN_VIEWS) {
            check(view, language, titles, problems);
        }

        assertThat(problems).as("language problems in %s", language).isEmpty();
        assertThat(titles.values())
                .as("page titles in %s: %s", language, titles)
                .doesNotHaveDuplicates();
    }

    private void check(String view, String language, Map<String, String> titles, List<String> problems) {
        open(view);
        String lang = (String) page.evaluate("() => document.documentElement.lang");
        if (!language.equals(lang)) {
            problems.add("/" + view + ": <html lang=\"" + lang + "\">");
        }
        String text = page.locator("body").innerText();
        var untranslated = java.util.regex.Pattern.compile(UNTRANSLATED).matcher(text);
        while (untranslated.find()) {
            problems.add("/" + view + ": untranslated " + untranslated.group());
        }
        String title = page.title();
        if (title == null || title.isBlank()) {
            problems.add("/" + view + ": no title");
        }
        titles.put(view, title);
    }
}
