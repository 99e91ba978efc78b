package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.intake.IntakeFixtures.ANNA_ID;
import static pl.cus.portal.intake.IntakeFixtures.OFFERED_1;
import static pl.cus.portal.intake.IntakeFixtures.RETIRED;
import static pl.cus.portal.intake.IntakeFixtures.ipus;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;
import static pl.cus.portal.intake.IntakeFixtures.with;
import static pl.cus.portal.intake.IntakeFixtures.zaZyciem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.calendar.Deadlines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/applications: both kinds, idempotency (also under a race), and every refusal. */
class ApplicationSubmitTests extends PortalIntegrationTest {

    private static final Pattern REFERENCE = Pattern.compile("W/\\d{4}/\\d{6}");

    @Autowired
    Deadlines deadlines;

    @Autowired
    Applications applications;

    @Autowired
    DatabaseClient db;

    @Autowired
    JsonMapper json;

    private JsonNode created(Object body) {
        String key = key();
        var result = submit(clientAs("anna"), key, body)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", "/api/applications/[0-9a-f-]{36}")
                .expectBody(String.class)
                .returnResult();
        JsonNode node = json.readTree(result.getResponseBody());
        assertThat(result.getResponseHeaders().getLocation())
                .hasToString("/api/applications/" + node.get("id").stringValue());
        return node;
    }

    @Test
    void ipusApplicationIsCreatedWithReferenceAndThePlanDueDate() {
        JsonNode app = created(ipus("Potrzebuję opieki wytchnieniowej dla mamy."));
        assertThat(app.get("reference").stringValue()).matches(REFERENCE);
        assertThat(app.get("kind").stringValue()).isEqualTo("IPUS");
        assertThat(app.get("status").stringValue()).isEqualTo("SUBMITTED");
        Instant submittedAt = Instant.parse(app.get("submittedAt").stringValue());
        LocalDate submittedOn = LocalDate.ofInstant(submittedAt, ZoneId.of("Europe/Warsaw"));
        assertThat(submittedOn).isEqualTo(deadlines.today());
        assertThat(LocalDate.parse(app.get("submittedOn").stringValue())).isEqualTo(submittedOn);
        LocalDate due = LocalDate.parse(app.get("planDueDate").stringValue());
        assertThat(due).isEqualTo(deadlines.planDueDate(submittedOn)).isEqualTo(submittedOn.plusDays(30));
        assertThat(app.get("deadlineState").stringValue()).isEqualTo("ON_TRACK");
        assertThat(app.get("withdrawable").booleanValue()).isTrue();
        assertThat(app.get("services")).hasSize(2);
        assertThat(app.get("services").get(0).get("id").stringValue()).isEqualTo(OFFERED_1);
        assertThat(app.get("services").get(0).get("name").stringValue()).isNotBlank();
        assertThat(app.get("history").get(0).get("status").stringValue()).isEqualTo("SUBMITTED");
        assertThat(app.get("reference").stringValue()).startsWith("W/" + submittedOn.getYear() + "/");
    }

    @Test
    void zaZyciemRequestIsCreatedWithSituationAndDiscreetContact() {
        JsonNode app = created(zaZyciem("Chcę poznać swoje prawa i porozmawiać z asystentką."));
        assertThat(app.get("kind").stringValue()).isEqualTo("ZA_ZYCIEM");
        assertThat(app.get("situation").stringValue()).isEqualTo("PREGNANCY");
        assertThat(app.get("services")).isEmpty();
        assertThat(app.get("contact").get("channel").stringValue()).isEqualTo("PHONE");
        assertThat(app.get("contact").get("discretion").toString())
                .isEqualTo("[\"NEUTRAL_SENDER\",\"NO_PHONE_CALLS\"]");
        LocalDate submittedOn = LocalDate.parse(app.get("submittedOn").stringValue());
        assertThat(LocalDate.parse(app.get("planDueDate").stringValue())).isEqualTo(deadlines.planDueDate(submittedOn));
    }

    @Test
    void referencesAreUniqueAndIncreasing() {
        String first = created(ipus("jeden")).get("reference").stringValue();
        String second = created(ipus("dwa")).get("reference").stringValue();
        assertThat(Integer.parseInt(second.substring(7))).isGreaterThan(Integer.parseInt(first.substring(7)));
    }

    @Test
    void theEventIsInTheLogWithoutTheNeeds() {
        String needs = "Sekretna potrzeba " + UUID.randomUUID();
        JsonNode app = created(ipus(needs));
        String payload = db.sql(
                        "select payload::text as p from event_log where type = 'ApplicationSubmitted' and aggregate_id = :id")
                .bind("id", UUID.fromString(app.get("id").stringValue()))
                .map(row -> row.get("p", String.class))
                .one()
                .block(Duration.ofSeconds(5));
        JsonNode event = json.readTree(payload);
        assertThat(event.get("applicationId").stringValue())
                .isEqualTo(app.get("id").stringValue());
        assertThat(event.get("kind").stringValue()).isEqualTo("IPUS");
        assertThat(event.get("submittedOn").stringValue())
                .isEqualTo(app.get("submittedOn").stringValue());
        assertThat(event.get("planDueDate").stringValue())
                .isEqualTo(app.get("planDueDate").stringValue());
        assertThat(payload).doesNotContain(needs).doesNotContain("anna@example.org");
    }

    @Test
    void theSameKeyReplaysTheFirstApplicationWith200AndNeverCreatesASecond() {
        String key = key();
        var body = ipus("Powtórzony wniosek");
        String first = submit(clientAs("anna"), key, body)
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        String again = submit(clientAs("anna"), key, body)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueMatches("Location", "/api/applications/.*")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(json.readTree(again)).isEqualTo(json.readTree(first));
        assertThat(countWithKey(key)).isEqualTo(1);
    }

    @Test
    void theSameKeyFromAnotherResidentIsAnotherApplication() {
        String key = key();
        String annas = submit(clientAs("anna"), key, ipus("a"))
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
        String olenas = submit(clientAs("olena"), key, ipus("a"))
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
        assertThat(olenas).isNotEqualTo(annas);
    }

    @Test
    void aKeyReusedWithAnotherBodyIsAConflict() {
        String key = key();
        submit(clientAs("anna"), key, ipus("pierwszy")).expectStatus().isCreated();
        submit(clientAs("anna"), key, ipus("drugi"))
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(detail -> assertThat(detail.toString()).contains("Idempotency-Key"));
        assertThat(countWithKey(key)).isEqualTo(1);
    }

    @Test
    void twentyRacingRequestsWithOneKeyCreateOneApplication() throws Exception {
        String key = key();
        var body = ipus("Podwójne kliknięcie");
        int parallel = 20;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Map.Entry<Integer, String>>> results = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                // Twenty password checks at once on a small machine take a while.
                var client = clientAs("anna")
                        .mutate()
                        .responseTimeout(Duration.ofSeconds(60))
                        .build();
                results.add(pool.submit(() -> {
                    start.await();
                    var result =
                            submit(client, key, body).expectBody(JsonNode.class).returnResult();
                    return Map.entry(
                            result.getStatus().value(),
                            result.getResponseBody().get("id").stringValue());
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (var result : results) {
                var entry = result.get();
                statuses.add(entry.getKey());
                ids.add(entry.getValue());
            }
            assertThat(ids).hasSize(1);
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(status -> status == 201)).hasSize(1);
            assertThat(countWithKey(key)).isEqualTo(1);
            Long events = db.sql(
                            "select count(*) as n from event_log where type = 'ApplicationSubmitted' and aggregate_id = :id")
                    .bind("id", UUID.fromString(ids.iterator().next()))
                    .map(row -> row.get("n", Long.class))
                    .one()
                    .block(Duration.ofSeconds(5));
            assertThat(events).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void racingSubmitsThroughTheServiceMeetAtTheUniqueKey() {
        // Without HTTP and password checks in between, the calls reach the insert together, so the losers take the
        // "on conflict do nothing, then read back" path.
        String key = key();
        var form = new ApplicationForm(
                ApplicationKind.IPUS,
                List.of(pl.cus.portal.catalogue.ServiceId.of(OFFERED_1)),
                "wyścig",
                List.of(),
                null,
                new Contact(ContactChannel.PORTAL, null, Set.of()),
                true,
                null,
                null,
                List.of());
        List<Submission> results = reactor.core.publisher.Flux.range(0, 20)
                .flatMap(
                        i -> applications
                                .submit(IntakeFixtures.ANNA, key, form)
                                .subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()),
                        20)
                .collectList()
                .block(Duration.ofSeconds(60));
        assertThat(results)
                .extracting(submission -> submission.application().id())
                .containsOnly(results.get(0).application().id());
        assertThat(results).filteredOn(Submission::created).hasSize(1);
        assertThat(results)
                .extracting(submission -> submission.application().reference())
                .containsOnly(results.get(0).application().reference());
        assertThat(countWithKey(key)).isEqualTo(1);
    }

    @Test
    void aMissingIdempotencyKeyIsNamed() {
        submit(clientAs("anna"), null, ipus("x"))
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("Idempotency-Key");
    }

    @Test
    void staffCannotSubmit() {
        submit(clientAs("ewa"), key(), ipus("x"))
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        submit(clientAs("ewa"), key(), Map.of("kind", "nonsense"))
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anonymousCannotSubmit() {
        submit(client(), key(), ipus("x")).expectStatus().isUnauthorized();
    }

    @Test
    void everyInvalidFieldIsNamed() {
        Map<String, Object> body = Map.of(
                "kind", "IPUS",
                "serviceIds", List.of(),
                "needs", "a".repeat(4001),
                "household", List.of(Map.of("name", " ")),
                "contact", Map.of("channel", "EMAIL", "value", "not-an-address"),
                "consent", false,
                "language", "de");
        submit(clientAs("anna"), key(), body)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(6)
                .jsonPath("$.errors[?(@.field == 'serviceIds')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'needs')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'household[0].name')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'contact.value')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'consent')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'language')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'Idempotency-Key')]")
                .doesNotExist();
    }

    @Test
    void zaZyciemWithoutSituationNamesIt() {
        submit(clientAs("anna"), key(), with(zaZyciem("x"), b -> b.remove("situation")))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("situation");
    }

    @Test
    void missingConsentIsRefused() {
        submit(clientAs("anna"), key(), with(ipus("x"), b -> b.remove("consent")))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo("consent");
        submit(clientAs("anna"), key(), with(ipus("x"), b -> b.put("consent", "yes")))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo("consent");
    }

    @Test
    void unknownAndRetiredServicesAreNamedByPosition() {
        String unknown = UUID.randomUUID().toString();
        submit(clientAs("anna"), key(), with(ipus("x"), b -> b.put("serviceIds", List.of(OFFERED_1, unknown, RETIRED))))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'serviceIds[1]')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'serviceIds[2]')]")
                .exists();
        submit(clientAs("anna"), key(), with(ipus("x"), b -> b.put("serviceIds", List.of("not-a-uuid"))))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("serviceIds[0]");
    }

    @Test
    void unknownEnumValuesAreNamedWithTheAllowedOnes() {
        Map<String, Object> body = with(zaZyciem("x"), b -> {
            b.put("kind", "ZA_ZYCIEM");
            b.put("situation", "HOMELESSNESS");
            b.put("contact", Map.of("channel", "PIGEON", "value", "x", "discretion", List.of("NO_VISITS")));
        });
        submit(clientAs("anna"), key(), body)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'situation')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'contact.channel')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'contact.discretion[0]')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'contact.channel')].message")
                .value(m -> assertThat(m.toString()).contains("EMAIL"));
        submit(clientAs("anna"), key(), with(ipus("x"), b -> b.put("kind", "LOAN")))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("kind");
    }

    @Test
    void wrongContentTypeIs415AndOversizedBodyIs413AndMalformedJsonIs400() {
        clientAs("anna")
                .post()
                .uri("/api/applications")
                .header("Idempotency-Key", key())
                .contentType(MediaType.TEXT_PLAIN)
                .bodyValue("kind=IPUS")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        submit(clientAs("anna"), key(), ipus("x".repeat(200_000)))
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        submit(clientAs("anna"), key(), "{\"kind\": ").expectStatus().isBadRequest();
        submit(clientAs("anna"), key(), "[1, 2]")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("body");
    }

    @Test
    void textsAreStoredExactlyAsTyped() {
        String needs =
                "Потрібна допомога з доглядом за дитиною. <script>alert('x')</script> & \"cudzysłów\" — zażółć gęślą jaźń\n  wcięcie  ";
        String name = "<b>Марія</b> O'Brien";
        JsonNode app = created(with(ipus(needs), b -> {
            b.put("household", List.of(Map.of("name", name, "relation", "донька", "birthYear", 2020)));
            b.put("district", "Zatorze <i>");
        }));
        assertThat(app.get("needs").stringValue()).isEqualTo(needs);
        assertThat(app.get("household").get(0).get("name").stringValue()).isEqualTo(name);
        String stored = clientAs("anna")
                .get()
                .uri("/api/applications/" + app.get("id").stringValue())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("needs")
                .stringValue();
        assertThat(stored).isEqualTo(needs);
        String inDatabase = db.sql("select needs from application where id = :id")
                .bind("id", UUID.fromString(app.get("id").stringValue()))
                .map(row -> row.get("needs", String.class))
                .one()
                .block(Duration.ofSeconds(5));
        assertThat(inDatabase).isEqualTo(needs);
    }

    @Test
    void needsOfExactlyTheLimitAreAccepted() {
        created(ipus("ї".repeat(4000)));
    }

    private long countWithKey(String key) {
        return db.sql("select count(*) as n from application where resident_id = :resident and idempotency_key = :key")
                .bind("resident", ANNA_ID)
                .bind("key", key)
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(5));
    }
}
