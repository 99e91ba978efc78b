package pl.cus.portal;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Saves screenshots of the main resident and staff pages, at desktop (1280×900) and phone (390×844) size, to
 * {@code docs/screenshots/}. Not a test of anything (its name does not end in "Tests", so {@code verify} skips it);
 * run it when the pages change:
 * {@code ./mvnw -o test -Dtest=DocumentationScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DocumentationScreenshots extends BrowserTest {

    private static final Path DIRECTORY = Path.of("docs", "screenshots");

    private record Shot(String name, String user, String path) {}

    private static final List<Shot> SHOTS = List.of(
            new Shot("resident-landing", null, ""),
            new Shot("resident-services", null, "portal/services?q=opieka"),
            new Shot("resident-apply", "anna", "portal/apply"),
            new Shot("resident-ipus-form", "anna", "portal/apply/ipus?service=5e4f1ce0-0000-4000-8000-000000000002"),
            new Shot("resident-matters", "anna", "portal/matters"),
            new Shot("staff-queue", "jan", "backoffice/queue"),
            new Shot("staff-cases", "ewa", "backoffice/cases"),
            new Shot("staff-deadlines", "jan", "backoffice/deadlines"));

    @Test
    void saveScreenshots() {
        for (boolean phone : List.of(false, true)) {
            String signedIn = null;
            for (Shot shot : SHOTS) {
                String user = shot.user() == null ? "" : shot.user();
                if (!user.equals(signedIn)) {
                    if (phone) {
                        usePhone();
                    } else {
                        useDesktop();
                    }
                    if (!user.isEmpty()) {
                        signIn(user);
                    }
                    signedIn = user;
                }
                open(shot.path());
                page.waitForTimeout(300); // let transitions and lazily drawn grids settle
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(DIRECTORY.resolve(shot.name() + (phone ? "-phone" : "-desktop") + ".png")));
            }
        }
    }
}
