package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a phone no resident page scrolls sideways and the quick exit stays on screen. */
class PhoneLayoutJourneyTests extends BrowserTest {

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

    @Test
    void residentPagesFitA390PixelWideScreen() {
        usePhone();
        List<String> problems = new ArrayList<>();
        PUBLIC_VIEWS.forEach(view -> check(view, problems));
        signIn("anna");
        SIGNED_IN_VIEWS.forEach(view -> check(view, problems));
        assertThat(problems).isEmpty();
    }

    private void check(String view, List<String> problems) {
        open(view);
        Number overflow = (Number)
                page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow.intValue() > 0) {
            problems.add("/" + view + " scrolls sideways by " + overflow + "px");
        }
        var exit = page.locator("#quick-exit").boundingBox();
        if (exit == null || exit.x < 0 || exit.x + exit.width > PHONE_WIDTH) {
            problems.add("/" + view + ": quick exit off screen");
        }
    }
}
