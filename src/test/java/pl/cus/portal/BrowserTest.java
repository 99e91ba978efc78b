package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * End-to-end journeys in headless Chromium (Debian's package; test tools may not download browsers here). One
 * browser per test JVM, a fresh context (cookies, storage) per test. Extends the shared portal context, so journeys
 * run against the same application and database as the other integration tests.
 *
 * <p>The browser is {@code /usr/bin/chromium} unless {@code CUS_CHROMIUM} names another executable.
 */
@ExtendWith(BrowserTest.FailureScreenshots.class)
public abstract class BrowserTest extends PortalIntegrationTest {

    /** Desktop viewport of every context unless a test asks for a phone. */
    protected static final int DESKTOP_WIDTH = 1280;

    protected static final int DESKTOP_HEIGHT = 900;
    /** A common phone's CSS viewport (iPhone 12–15). */
    protected static final int PHONE_WIDTH = 390;

    protected static final int PHONE_HEIGHT = 844;

    private static final List<String> CHROMIUM_FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage");

    protected BrowserContext context;
    protected Page page;

    @BeforeEach
    void openBrowserContext(TestInfo test) {
        newContext(false);
    }

    /** Starts again in a fresh context that looks like a phone: 390×844, mobile viewport meta honoured, touch. */
    protected void usePhone() {
        newContext(true);
    }

    /** Starts again in a fresh desktop-sized context (the default). */
    protected void useDesktop() {
        newContext(false);
    }

    private void newContext(boolean phone) {
        if (context != null) {
            context.close();
        }
        var options = new Browser.NewContextOptions().setLocale("pl-PL").setTimezoneId("Europe/Warsaw");
        if (phone) {
            options.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true);
        } else {
            options.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        }
        context = Shared.browser().newContext(options);
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
        }
    }

    /** Opens a portal path (without the leading slash) and waits until Vaadin has rendered the view. */
    protected Page open(String path) {
        page.navigate(url(path));
        waitForVaadin();
        return page;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login form, as a person would, and waits for the landing page after sign-in. */
    protected void signIn(String username) {
        open("login");
        page.getByLabel(Messages.text("login.username")).fill(username);
        page.getByLabel(Messages.text("login.password"), new Page.GetByLabelOptions().setExact(true))
                .fill("demo");
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form [part='vaadin-login-submit']")
                .first()
                .click();
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin();
    }

    /** Waits until the Vaadin client has no request in flight (server round-trips finish before assertions). */
    protected void waitForVaadin() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Fails with the list of WCAG 2.1 A/AA violations axe-core finds on the current page. */
    protected void assertAccessible() {
        settleAnimations();
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        String report =
                results.getViolations().stream().map(BrowserTest::describe).collect(Collectors.joining("\n"));
        assertThat(results.getViolations())
                .as("axe-core violations on %s:%n%s", page.url(), report)
                .isEmpty();
    }

    /**
     * Waits for running animations to end (a dialog fading out, an overlay opening): axe measures colours as they are
     * painted, and a half-transparent closing dialog fails contrast that the finished page meets. Infinite animations
     * are not waited for; after 3 s the page is checked as it is.
     */
    private void settleAnimations() {
        try {
            page.waitForFunction(
                    "() => document.getAnimations().every(a => a.playState !== 'running'"
                            + " || (a.effect && a.effect.getTiming && a.effect.getTiming().iterations === Infinity))",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(3_000));
        } catch (com.microsoft.playwright.TimeoutError stillMoving) {
            // checked as painted now
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .limit(5)
                        .collect(Collectors.joining(", "));
    }

    /** Polish texts of the message bundles, so that journeys select what a person reads. */
    protected static final class Messages {
        private Messages() {}

        public static String text(String key, Object... params) {
            return in("pl", key, params);
        }

        /** The text in another language ({@code pl}, {@code en}, {@code uk}). */
        public static String in(String language, String key, Object... params) {
            return pl.cus.portal.shared.i18n.Messages.get(key, java.util.Locale.forLanguageTag(language), params);
        }
    }

    /**
     * Saves a full-page screenshot of a failing browser test to {@code target/browser-failures/<class>-<method>.png}.
     * It handles the failure itself, so it runs before {@code @AfterEach} closes the browser context.
     */
    public static final class FailureScreenshots implements TestExecutionExceptionHandler {

        static final Path DIRECTORY = Path.of("target", "browser-failures");

        @Override
        public void handleTestExecutionException(ExtensionContext extension, Throwable failure) throws Throwable {
            if (extension.getTestInstance().orElse(null) instanceof BrowserTest test && test.page != null) {
                try {
                    Path file = save(test.page, fileName(extension));
                    System.err.println(
                            "Browser test failed; screenshot of " + test.page.url() + " in " + file.toAbsolutePath());
                } catch (RuntimeException screenshotFailed) {
                    failure.addSuppressed(screenshotFailed);
                }
            }
            throw failure;
        }

        /** Saves the whole page (not only the viewport) as a PNG named after the test; returns the file. */
        public static Path save(Page page, String name) {
            Path file = DIRECTORY.resolve(name + ".png");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(file).setFullPage(true).setTimeout(10_000));
            return file;
        }

        static String fileName(ExtensionContext extension) {
            String name = extension.getRequiredTestClass().getSimpleName() + "-"
                    + extension.getRequiredTestMethod().getName();
            String display = extension.getDisplayName();
            if (!display.equals(extension.getRequiredTestMethod().getName() + "()")) {
                name += "-" + display; // e.g. an invocation of a parameterised test
            }
            return name.replaceAll("[^A-Za-z0-9._-]+", "_");
        }
    }

    private static final class Shared {
        private static Browser browser;

        static synchronized Browser browser() {
            if (browser == null) {
                Path executable = Path.of(System.getenv().getOrDefault("CUS_CHROMIUM", "/usr/bin/chromium"));
                assertThat(Files.isExecutable(executable))
                        .as("Chromium at %s (install Debian's chromium, or set CUS_CHROMIUM)", executable)
                        .isTrue();
                var playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(executable)
                                .setHeadless(true)
                                .setArgs(CHROMIUM_FLAGS));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    browser.close();
                    playwright.close();
                }));
            }
            return browser;
        }
    }
}
