package pl.cus.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Situation;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/**
 * axe-core (WCAG 2.1 A and AA) on every route of the portal and the back office, as the person who uses it. The
 * journeys check pages mid-task; this sweep makes sure no view is left unchecked. {@code {matter}} stands for an
 * application of anna's, {@code {programme}} for the first programme the list links to, {@code {assisted}} for a
 * "Za życiem" family of marta's with consent and a visit, {@code {month}} for this month.
 */
class AccessibilityJourneyTests extends BrowserTest {

    private static final Actor ANNA =
            Actor.of(UUID.fromString("00000000-0000-0000-0000-000000000101"), "anna", "Anna", List.of(Role.RESIDENT));
    private static final String RESPITE = "5e4f1ce0-0000-4000-8000-000000000002";

    @Autowired
    Applications applications;

    @Autowired
    pl.cus.portal.intake.BackOfficeApplications backOffice;

    @Autowired
    pl.cus.portal.assistance.FamilyAssistance assistance;

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of(
                        "anonymous",
                        List.of(
                                "",
                                "portal/services",
                                "portal/services?q=opieka",
                                "portal/services/" + RESPITE,
                                "portal/programmes",
                                "{programme}",
                                "portal/apply",
                                "portal/register",
                                "login",
                                "login?error",
                                "portal/accessibility",
                                "no-access")),
                Arguments.of(
                        "anna",
                        List.of(
                                "portal/apply",
                                "portal/apply/ipus",
                                "portal/apply/za-zyciem",
                                "portal/matters",
                                "portal/matters/{matter}",
                                "portal/account/password",
                                "portal/matters/" + UUID.randomUUID())),
                Arguments.of(
                        "jan",
                        List.of(
                                "backoffice",
                                "backoffice/queue",
                                "backoffice/cases",
                                "backoffice/cases/{matter}",
                                "backoffice/deadlines",
                                "backoffice/audit",
                                "backoffice/routing",
                                "backoffice/cases/{matter}/plan",
                                "backoffice/cases/{matter}/plan/meetings/" + UUID.randomUUID(),
                                "backoffice/reports",
                                "backoffice/reports/meeting",
                                "backoffice/reports/print",
                                "backoffice/reports/cases?figure=RECEIVED&from=2020-01-01&to=2029-12-31")),
                Arguments.of("ewa", List.of("backoffice", "backoffice/cases", "backoffice/deadlines")),
                Arguments.of(
                        "marta",
                        List.of(
                                "backoffice",
                                "backoffice/cases",
                                "backoffice/cases/{assisted}",
                                "backoffice/cases/{assisted}/assistance",
                                "backoffice/cases/{assisted}/assistance/reports/{month}")),
                Arguments.of(
                        "dyrektor",
                        List.of(
                                "backoffice",
                                "backoffice/audit",
                                "backoffice/deadlines",
                                "backoffice/reports",
                                "backoffice/reports/print")),
                Arguments.of(
                        "admin",
                        List.of("backoffice", "backoffice/catalogue", "backoffice/accounts", "backoffice/routing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void everyPageThePersonCanReachHasNoWcagViolations(String user, List<String> paths) {
        String matter = needsMatter(paths) ? annasApplication().id().toString() : null;
        String assisted = paths.stream().anyMatch(path -> path.contains("{assisted}")) ? assistedFamily() : null;
        if (!"anonymous".equals(user)) {
            signIn(user);
        }
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            if (path.equals("{programme}")) {
                open("portal/programmes");
                path = page.locator("main a[href*='portal/programmes/']")
                        .first()
                        .getAttribute("href")
                        .replaceFirst("^/", "");
            }
            open(path.replace("{matter}", String.valueOf(matter))
                    .replace("{assisted}", String.valueOf(assisted))
                    .replace(
                            "{month}",
                            java.time.YearMonth.now(java.time.ZoneId.of("Europe/Warsaw"))
                                    .toString()));
            try {
                assertAccessible();
            } catch (AssertionError violations) {
                failures.add(violations.getMessage());
            }
        }
        assertThat(failures).as("pages with violations for %s", user).isEmpty();
    }

    private static boolean needsMatter(List<String> paths) {
        return paths.stream().anyMatch(path -> path.contains("{matter}"));
    }

    /** A "Za życiem" family assigned to marta, with the consent recorded today and one visit logged. */
    private String assistedFamily() {
        var marta = pl.cus.portal.assistance.AssistanceFixtures.MARTA;
        var id = pl.cus.portal.assistance.AssistanceFixtures.familyOf(applications, backOffice, marta);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Warsaw"));
        assistance
                .recordConsent(marta, id, new pl.cus.portal.assistance.Consent(today, false, null, null))
                .block(Duration.ofSeconds(15));
        assistance
                .logVisit(
                        marta,
                        id,
                        new pl.cus.portal.assistance.Visit(
                                null,
                                today,
                                pl.cus.portal.assistance.Visit.Kind.HOME_VISIT,
                                60,
                                "Pierwsze spotkanie.",
                                List.of()))
                .block(Duration.ofSeconds(15));
        return id.value().toString();
    }

    private ApplicationView annasApplication() {
        var form = new ApplicationForm(
                ApplicationKind.ZA_ZYCIEM,
                List.of(),
                "Sprawdzenie dostępności",
                List.of(),
                Situation.PREGNANCY,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                null,
                null,
                List.of());
        return applications
                .submit(ANNA, "a11y-" + UUID.randomUUID(), form)
                .block(Duration.ofSeconds(15))
                .application();
    }
}
