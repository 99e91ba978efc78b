package pl.cus.portal.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.reporting.ReportData;
import tools.jackson.databind.JsonNode;

/** {@code /api/backoffice/reports/summary} and {@code summary.csv} over known data in 2033; who may call them; bad dates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportRoutesTests extends PortalIntegrationTest {

    private static final String SUMMARY = "/api/backoffice/reports/summary?from=2033-01-01&to=2033-06-30";
    private static final String CSV = "/api/backoffice/reports/summary.csv?from=2033-01-01&to=2033-06-30";

    @Autowired
    DatabaseClient db;

    @BeforeAll
    void knownData() {
        var data = new ReportData(db, "R33-" + UUID.randomUUID().toString().substring(0, 8));
        data.received("A", "IPUS", "EMAIL", LocalDate.of(2033, 1, 1));
        data.received("B", "ZA_ZYCIEM", "PHONE", LocalDate.of(2033, 6, 30));
        data.received("OUT", "IPUS", "EMAIL", LocalDate.of(2033, 7, 1));
        data.withPlan("ON", LocalDate.of(2033, 2, 1), LocalDate.of(2033, 2, 11), List.<String[]>of()); // 10 days
        data.withPlan("LATE", LocalDate.of(2033, 2, 1), LocalDate.of(2033, 3, 15), List.<String[]>of()); // 42 days
        data.application(
                "F",
                "IPUS",
                "PORTAL",
                "FORWARDED",
                LocalDate.of(2033, 3, 1),
                null,
                LocalDate.of(2033, 3, 2),
                "OTHER_MUNICIPAL_UNIT",
                "Miejski Zarząd Budynków; lokale");
    }

    @Test
    void theOrganiserGetsTheSummaryAsJson() {
        JsonNode body = clientAs("jan")
                .get()
                .uri(SUMMARY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(body.get("applicationsReceived").asLong()).isEqualTo(5);
        assertThat(body.get("byKind").get("IPUS").asLong()).isEqualTo(4);
        assertThat(body.get("byKind").get("ZA_ZYCIEM").asLong()).isEqualTo(1);
        assertThat(body.get("plansPrepared").asLong()).isEqualTo(2);
        assertThat(body.get("plansOnTime").asLong()).isEqualTo(1);
        assertThat(body.get("plansLate").asLong()).isEqualTo(1);
        assertThat(body.get("medianDaysToPlan").asDouble()).isEqualTo(26.0);
        assertThat(body.get("forwarded").asLong()).isEqualTo(1);
        assertThat(body.get("period").get("from").asString()).isEqualTo("2033-01-01");
        assertThat(body.get("familyAssistance").get("available").asBoolean()).isTrue();
        // the demo data's family (consent given now, never ended) is in force in 2033 too: counted, whatever else is
        assertThat(body.get("familyAssistance").get("families").isNumber()).isTrue();
        assertThat(body.get("familyAssistance").has("children")).isTrue();
        assertThat(body.get("familyAssistance").has("visits")).isTrue();
        assertThat(body.get("familyAssistance").get("interruptionReasons").has("MOVED_AWAY"))
                .isTrue();
    }

    @Test
    void theDirectorGetsItAsCsvForAPolishSpreadsheet() {
        byte[] bytes = clientAs("dyrektor")
                .get()
                .uri(CSV)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader()
                .value(
                        "Content-Disposition",
                        value -> assertThat(value).contains("attachment", "raport-2033-01-01-2033-06-30.csv"))
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Sekcja;Pozycja;Wartość");
        assertThat(csv).contains("\r\n");
        assertThat(lines)
                .contains(
                        "Okres;Od dnia;2033-01-01",
                        "Okres;Do dnia;2033-06-30",
                        "Wnioski;Przyjęte wnioski;5",
                        "Wnioski według rodzaju;„Za życiem” (asystent jako koordynator);1",
                        "Plany (IPUS) i termin 30 dni;Przygotowane plany;2",
                        "Plany (IPUS) i termin 30 dni;Plany przygotowane po terminie;1",
                        "Plany (IPUS) i termin 30 dni;Mediana liczby dni do planu;26,0",
                        "Plany według miesięcy;2033-03 Po terminie;1",
                        "Wnioski przekazane i odmowy;Wnioski przekazane (art. 38);1",
                        "Dokąd przekazano;\"Inna jednostka gminy: Miejski Zarząd Budynków; lokale\";1");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("Asystentura rodzinna;Rodziny objęte asystenturą;"))
                .anyMatch(line -> line.startsWith("Asystentura rodzinna;Asystentury przerwane — Wyprowadzka rodziny;"))
                .noneMatch(line -> line.contains("nie są jeszcze dostępne"));
    }

    @Test
    void coordinatorsAndResidentsAreRefused() {
        clientAs("ewa")
                .get()
                .uri(SUMMARY)
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        clientAs("ewa").get().uri(CSV).exchange().expectStatus().isForbidden();
        clientAs("marta").get().uri(SUMMARY).exchange().expectStatus().isForbidden();
        clientAs("anna").get().uri(SUMMARY).exchange().expectStatus().isForbidden();
        clientAs("anna").get().uri(CSV).exchange().expectStatus().isForbidden();
        // who may ask comes before what was asked
        clientAs("ewa")
                .get()
                .uri("/api/backoffice/reports/summary?from=nonsense")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anonymousCallersMustSignIn() {
        client().get().uri(SUMMARY).exchange().expectStatus().isUnauthorized();
        client().get().uri(CSV).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void missingUnreadableOrReversedDatesAreABadRequest() {
        for (String query : List.of(
                "",
                "?from=2033-01-01",
                "?to=2033-06-30",
                "?from=2033-13-01&to=2033-06-30",
                "?from=01.01.2033&to=2033-06-30",
                "?from=2033-07-01&to=2033-06-30")) {
            clientAs("jan")
                    .get()
                    .uri("/api/backoffice/reports/summary" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectHeader()
                    .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            clientAs("jan")
                    .get()
                    .uri("/api/backoffice/reports/summary.csv" + query)
                    .exchange()
                    .expectStatus()
                    .isBadRequest();
        }
        JsonNode problem = clientAs("jan")
                .get()
                .uri("/api/backoffice/reports/summary?from=2033-07-01&to=2033-06-30")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.toString()).contains("\"to\"");
    }

    @Test
    void oneDayIsAPeriodToo() {
        JsonNode body = clientAs("jan")
                .get()
                .uri("/api/backoffice/reports/summary?from=2033-06-30&to=2033-06-30")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(body.get("applicationsReceived").asLong()).isEqualTo(1);
        assertThat(body.path("medianDaysToPlan").isNull()
                        || body.path("medianDaysToPlan").isMissingNode())
                .isTrue();
    }
}
