package pl.cus.portal.deadlines.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.PortalIntegrationTest;

/** {@code GET /api/deadlines/preview} under the default policy (no rolling forward). */
class DeadlineRoutesTests extends PortalIntegrationTest {

    @Test
    void specExampleCrossesShortFebruary() {
        preview("rule=IPUS_PLAN&start=2027-01-30")
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.rule")
                .isEqualTo("IPUS_PLAN")
                .jsonPath("$.start")
                .isEqualTo("2027-01-30")
                .jsonPath("$.dueDate")
                .isEqualTo("2027-03-01")
                .jsonPath("$.rolledForward")
                .isEqualTo(false)
                .jsonPath("$.kind")
                .isEqualTo("CALENDAR_DAYS")
                .jsonPath("$.amount")
                .isEqualTo(30);
    }

    @Test
    void workingDayRuleSkipsWeekendsAndHolidays() {
        // 24, 25, 26 Dec 2025, 1 Jan and 6 Jan 2026 are holidays: ten working days end on 9 Jan, not 2 Jan.
        preview("rule=FA_VISIT_INTERVAL&start=2025-12-19")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.dueDate")
                .isEqualTo("2026-01-09")
                .jsonPath("$.kind")
                .isEqualTo("WORKING_DAYS")
                .jsonPath("$.amount")
                .isEqualTo(10);
    }

    @Test
    void calendarDeadlineOnHolidayIsNotMovedByDefault() {
        preview("rule=IPUS_PLAN&start=2025-11-24")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.dueDate")
                .isEqualTo("2025-12-24")
                .jsonPath("$.nominalDueDate")
                .isEqualTo("2025-12-24")
                .jsonPath("$.rolledForward")
                .isEqualTo(false);
    }

    @Test
    void anonymousCallerNeedsNoLogin() {
        client().get()
                .uri("/api/deadlines/preview?rule=FA_START&start=2026-12-25")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist("WWW-Authenticate")
                .expectBody()
                .jsonPath("$.dueDate")
                .isEqualTo("2027-01-04");
    }

    @ParameterizedTest(name = "?{0} -> 400 on {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "start=2027-01-30                        | rule",
                "rule=&start=2027-01-30                  | rule",
                "rule=NO_SUCH_RULE&start=2027-01-30      | rule",
                "rule=ipus_plan&start=2027-01-30         | rule",
                "rule=IPUS_PLAN                          | start",
                "rule=IPUS_PLAN&start=                   | start",
                "rule=IPUS_PLAN&start=2027-02-30         | start",
                "rule=IPUS_PLAN&start=abc                | start",
                "rule=IPUS_PLAN&start=30.01.2027         | start",
                "rule=IPUS_PLAN&start=2027-1-30          | start",
                "rule=IPUS_PLAN&start=1999-12-31         | start",
                "rule=IPUS_PLAN&start=2101-01-01         | start",
                "rule=IPUS_PLAN&start=999999999-12-31    | start"
            })
    void invalidQueryIsProblemNamingTheField(String query, String field) {
        preview(query)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(400)
                .jsonPath("$.instance")
                .isEqualTo("/api/deadlines/preview")
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo(field)
                .jsonPath("$.errors[0].message")
                .isNotEmpty();
    }

    @Test
    void unknownRuleListsTheValidIds() {
        preview("rule=NO_SUCH_RULE&start=2027-01-30")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .value(
                        String.class,
                        message -> assertThat(
                                message,
                                allOf(
                                        containsString("NO_SUCH_RULE"),
                                        containsString("IPUS_PLAN"),
                                        containsString("FA_VISIT_INTERVAL"),
                                        containsString("FA_ASSESSMENT"))));
    }

    @Test
    void outOfRangeDateNamesTheRange() {
        preview("rule=IPUS_PLAN&start=1999-12-31")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].message")
                .value(
                        String.class,
                        message ->
                                assertThat(message, allOf(containsString("2000-01-01"), containsString("2100-12-31"))));
    }

    @Test
    void rangeBoundsAreIncluded() {
        preview("rule=IPUS_PLAN&start=2000-01-01")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.dueDate")
                .isEqualTo("2000-01-31");
        preview("rule=FA_ASSESSMENT&start=2100-12-31")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.dueDate")
                .isEqualTo("2101-06-30");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        preview("rule=nope&start=nope")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(2)
                .jsonPath("$.errors[0].field")
                .isEqualTo("rule")
                .jsonPath("$.errors[1].field")
                .isEqualTo("start");
    }

    private WebTestClient.ResponseSpec preview(String query) {
        return client().get().uri("/api/deadlines/preview?" + query).exchange();
    }
}
