package pl.cus.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.DeadlineStateChanged;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.plans.PlanAgreed;
import pl.cus.portal.plans.PlanApproved;
import pl.cus.portal.plans.PlanPrepared;
import pl.cus.portal.plans.PlanVersionSaved;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.Role;
import tools.jackson.databind.JsonNode;

/** Events become notifications for the right people, in their language; e-mails follow the contact preference. */
class NotificationsTests extends PortalIntegrationTest {

    static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-000000000101");
    static final UUID OLENA = UUID.fromString("00000000-0000-0000-0000-000000000102");
    static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));
    static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));

    @Autowired
    DatabaseClient db;

    @Autowired
    BackOfficeApplications backOffice;

    @Autowired
    EventLog events;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void applyingAndBeingAssignedNotifyTheResidentAndTheCoordinatorInPortalAndByEmail() {
        String id = submit("anna", body(Map.of("channel", "EMAIL", "value", "anna@example.org"), "pl"));
        assign(id, EWA);

        List<Map<String, Object>> resident = awaitRows(() -> notifications(id, ANNA), rows -> rows.size() == 2);
        assertThat(resident)
                .extracting(row -> row.get("type"))
                .containsExactlyInAnyOrder("APPLICATION_RECEIVED", "COORDINATOR_ASSIGNED");
        List<Map<String, Object>> coordinator = awaitRows(() -> notifications(id, EWA.id()), rows -> rows.size() == 1);
        assertThat(coordinator.getFirst().get("type")).isEqualTo("ASSIGNED_TO_ME");

        List<Map<String, Object>> mails = awaitRows(() -> mails(id), rows -> rows.size() == 3);
        String reference = (String) resident.getFirst().get("reference");
        assertThat(mails)
                .filteredOn(m -> "anna@example.org".equals(m.get("recipient")))
                .hasSize(2)
                .allSatisfy(mail -> {
                    assertThat(mail.get("status")).isEqualTo("HELD"); // no spring.mail.host in tests
                    assertThat(mail.get("language")).isEqualTo("pl");
                    assertThat(mail.get("sender_name")).isEqualTo("Centrum Usług Społecznych");
                    assertThat((String) mail.get("subject")).contains(reference);
                    assertThat((String) mail.get("body"))
                            .contains(reference)
                            .contains("/portal/matters/" + id)
                            .contains("Zaloguj się");
                    assertThat((String) mail.get("body") + mail.get("subject"))
                            .doesNotContainIgnoringCase("wytchnieniow")
                            .doesNotContainIgnoringCase("IPUS");
                });
        assertThat(mails)
                .filteredOn(m -> "ewa@cus.example.org".equals(m.get("recipient")))
                .singleElement()
                .satisfies(mail -> assertThat((String) mail.get("body")).contains("/backoffice/cases/" + id));
        // Nobody else heard about it.
        assertThat(notifications(id, OLENA)).isEmpty();
    }

    @Test
    void phoneOrPortalContactGetsNoEmailAndANeutralSenderWritesInTheResidentsLanguage() {
        String byPhone = submit(
                "olena",
                body(
                        Map.of("channel", "PHONE", "value", "+48 600 100 200", "discretion", List.of("NO_PHONE_CALLS")),
                        "uk"));
        String portalOnly = submit("olena", body(Map.of("channel", "PORTAL"), "uk"));
        String neutral = submit(
                "olena",
                body(
                        Map.of(
                                "channel",
                                "EMAIL",
                                "value",
                                "olena@example.org",
                                "discretion",
                                List.of("NEUTRAL_SENDER")),
                        "uk"));

        awaitRows(() -> notifications(neutral, OLENA), rows -> rows.size() == 1);
        List<Map<String, Object>> mails = awaitRows(() -> mails(neutral), rows -> rows.size() == 1);
        assertThat(notifications(byPhone, OLENA)).hasSize(1);
        assertThat(notifications(portalOnly, OLENA)).hasSize(1);
        assertThat(mails(byPhone)).isEmpty();
        assertThat(mails(portalOnly)).isEmpty();
        assertThat(mails.getFirst().get("sender_name")).isEqualTo("Portal mieszkańca");
        assertThat(mails.getFirst().get("language")).isEqualTo("uk");
        assertThat((String) mails.getFirst().get("body"))
                .contains("Увійдіть")
                .doesNotContain("Centrum")
                .doesNotContain("Usług");
    }

    @Test
    void messagesNotifyTheOtherSide() {
        String id = submit("anna", body(Map.of("channel", "PORTAL"), "pl"));
        assign(id, EWA);
        awaitRows(() -> notifications(id, EWA.id()), rows -> rows.size() == 1);
        clientAs("anna")
                .post()
                .uri("/api/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Pytanie o termin"))
                .exchange()
                .expectStatus()
                .isCreated();
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/messages")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "Odpowiedź"))
                .exchange()
                .expectStatus()
                .isCreated();

        assertThat(awaitRows(() -> notifications(id, EWA.id()), rows -> rows.size() == 2))
                .extracting(row -> row.get("type"))
                .contains("RESIDENT_REPLIED");
        assertThat(awaitRows(() -> notifications(id, ANNA), rows -> rows.size() == 3))
                .extracting(row -> row.get("type"))
                .contains("MESSAGE_FROM_CENTRE");
    }

    @Test
    void theApiListsOnlyTheCallersOwnAndMarksOnlyOwnRead() {
        String id = submit("anna", body(Map.of("channel", "PORTAL"), "pl"));
        awaitRows(() -> notifications(id, ANNA), rows -> rows.size() == 1);

        JsonNode list = clientAs("anna")
                .get()
                .uri("/api/notifications")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        JsonNode mine = null;
        for (JsonNode item : list) {
            if (id.equals(item.get("applicationId").asString())) {
                mine = item;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("type").asString()).isEqualTo("APPLICATION_RECEIVED");
        assertThat(mine.get("read").asBoolean()).isFalse();
        assertThat(mine.has("at")).isTrue();
        String notificationId = mine.get("id").asString();

        clientAs("olena")
                .get()
                .uri("/api/notifications")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + notificationId + "')]")
                .isEmpty();
        clientAs("olena")
                .post()
                .uri("/api/notifications/" + notificationId + "/read")
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("ewa")
                .post()
                .uri("/api/notifications/" + notificationId + "/read")
                .exchange()
                .expectStatus()
                .isNotFound();
        client().get().uri("/api/notifications").exchange().expectStatus().isUnauthorized();
        clientAs("anna")
                .post()
                .uri("/api/notifications/" + notificationId + "/read")
                .exchange()
                .expectStatus()
                .isNoContent();
        clientAs("anna")
                .get()
                .uri("/api/notifications")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.id == '" + notificationId + "')].read")
                .isEqualTo(List.of(true));
    }

    @Test
    void preferencesSwitchEmailOffExceptRequiredOnes() {
        clientAs("piotr")
                .put()
                .uri("/api/notifications/preferences")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "ASSIGNED_TO_ME", "email", false))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.type == 'ASSIGNED_TO_ME')].email")
                .isEqualTo(List.of(false));
        clientAs("piotr")
                .put()
                .uri("/api/notifications/preferences")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "PLAN_READY", "email", false))
                .exchange()
                .expectStatus()
                .isBadRequest();
        clientAs("anna")
                .put()
                .uri("/api/notifications/preferences")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", "APPLICATION_FORWARDED", "email", false))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("email");

        String id = submit("anna", body(Map.of("channel", "PORTAL"), "pl"));
        assign(
                id,
                Actor.of(
                        UUID.fromString("00000000-0000-0000-0000-000000000202"),
                        "piotr",
                        "Piotr Wiśniewski",
                        List.of(Role.COORDINATOR)));
        awaitRows(
                () -> notifications(id, UUID.fromString("00000000-0000-0000-0000-000000000202")),
                rows -> rows.size() == 1);
        assertThat(mails(id)).isEmpty(); // Piotr switched it off; Anna chose the portal only
    }

    @Test
    void overdueDeadlinesReachTheAssigneeAndTheOrganisersAndAPlanReachesTheResident() {
        String id = submit("anna", body(Map.of("channel", "EMAIL", "value", "anna@example.org"), "pl"));
        assign(id, EWA);
        awaitRows(() -> notifications(id, EWA.id()), rows -> rows.size() == 1);
        UUID app = UUID.fromString(id);
        java.time.LocalDate today = java.time.LocalDate.now();
        events.append(new DeadlineStateChanged(app, DeadlineState.DUE_SOON, DeadlineState.OVERDUE, today))
                .as(transactions::transactional)
                .block(Duration.ofSeconds(5));
        events.append(new PlanVersionSaved(app, 1))
                .as(transactions::transactional)
                .block(Duration.ofSeconds(5));

        awaitRows(() -> notifications(id, JAN.id()), rows -> rows.size() == 1);
        assertThat(notifications(id, JAN.id()).getFirst().get("type")).isEqualTo("DEADLINE_OVERDUE");
        assertThat(awaitRows(() -> notifications(id, EWA.id()), rows -> rows.size() == 2))
                .extracting(row -> row.get("type"))
                .contains("DEADLINE_OVERDUE");
        assertThat(awaitRows(() -> notifications(id, ANNA), rows -> rows.size() == 3))
                .extracting(row -> row.get("type"))
                .contains("PLAN_READY");
        assertThat(notifications(id, UUID.fromString("00000000-0000-0000-0000-000000000202")))
                .as("not Piotr's")
                .isEmpty();
    }

    @Test
    void thePlansModuleEventsTellTheResidentOfANewVersionAndOfTheApprovalOnly() {
        String id = submit("anna", body(Map.of("channel", "PORTAL"), "pl"));
        awaitRows(() -> notifications(id, ANNA), rows -> rows.size() == 1);
        UUID app = UUID.fromString(id);
        java.time.LocalDate today = java.time.LocalDate.now();
        for (DomainEvent event : List.of(
                new PlanVersionSaved(app, 1),
                new PlanAgreed(app, 1, today),
                new PlanApproved(app, 1, today),
                new PlanPrepared(app, today))) {
            events.append(event).as(transactions::transactional).block(Duration.ofSeconds(5));
        }
        // A marker after the plan events: once it is handled, the plan events were too.
        events.append(new ApplicationWithdrawn(app, today))
                .as(transactions::transactional)
                .block(Duration.ofSeconds(5));

        assertThat(awaitRows(
                        () -> notifications(id, ANNA),
                        rows -> rows.stream().anyMatch(row -> "WITHDRAWAL_CONFIRMED".equals(row.get("type")))))
                .extracting(row -> row.get("type"))
                .containsExactlyInAnyOrder(
                        "APPLICATION_RECEIVED", "PLAN_READY", "PLAN_APPROVED", "WITHDRAWAL_CONFIRMED");
    }

    @Test
    void aRecordedMeetingTellsTheResidentWhereTheAgreementsAreAndTheMailSaysNothingOfThem() {
        String id = submit("anna", body(Map.of("channel", "EMAIL", "value", "anna@example.org"), "pl"));
        assign(id, EWA);
        awaitRows(() -> notifications(id, ANNA), rows -> rows.size() == 2);
        java.time.LocalDate held = java.time.LocalDate.now().minusDays(2);
        Map<String, Object> meeting = new LinkedHashMap<>();
        meeting.put("heldOn", held.toString());
        meeting.put(
                "participants",
                List.of(
                        Map.of("name", "Anna Nowak", "role", "mama", "attended", true),
                        Map.of("name", "Maria Lis", "role", "pedagog szkolny, SP 3", "attended", true)));
        meeting.put("concerns", "Mama nie zdąża odebrać syna po pracy.");
        meeting.put("chosenServices", "Świetlica środowiskowa.");
        meeting.put(
                "agreements",
                List.of(Map.of(
                        "who",
                        "Anna Nowak",
                        "what",
                        "Zapisze syna do świetlicy",
                        "by",
                        held.plusDays(7).toString())));
        clientAs("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/plan/meetings")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(meeting)
                .exchange()
                .expectStatus()
                .isCreated();

        List<Map<String, Object>> resident = awaitRows(
                () -> notifications(id, ANNA),
                rows -> rows.stream().anyMatch(row -> "MEETING_AGREEMENTS".equals(row.get("type"))));
        assertThat(resident).extracting(row -> row.get("type")).containsOnlyOnce("MEETING_AGREEMENTS");
        String reference = (String) resident.getFirst().get("reference");
        // The resident's notification leads to the plan page, where the agreements are.
        assertThat(NotificationType.MEETING_AGREEMENTS.path(UUID.fromString(id)))
                .isEqualTo("portal/matters/" + id + "/plan");
        assertThat(NotificationType.MEETING_AGREEMENTS.forStaff()).isFalse();
        assertThat(NotificationType.MEETING_AGREEMENTS.required()).isFalse();
        // Staff hear nothing of their own meeting.
        assertThat(notifications(id, EWA.id()))
                .extracting(row -> row.get("type"))
                .containsExactly("ASSIGNED_TO_ME");
        clientAs("anna")
                .get()
                .uri("/api/notifications")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.applicationId == '" + id + "' && @.type == 'MEETING_AGREEMENTS')]")
                .isNotEmpty();

        List<Map<String, Object>> mails = awaitRows(() -> mails(id), rows -> rows.size() == 4);
        var mail = mails.stream()
                .filter(m -> ((String) m.get("body"))
                        .contains(pl.cus.portal.shared.i18n.Messages.get(
                                "notifications.mail.line.MEETING_AGREEMENTS",
                                java.util.Locale.forLanguageTag("pl"),
                                reference)))
                .findFirst()
                .orElseThrow();
        assertThat(mail.get("recipient")).isEqualTo("anna@example.org");
        String text = mail.get("subject") + "\n" + mail.get("body");
        assertThat(text).contains(reference).contains("/portal/matters/" + id).contains("Centrum Usług Społecznych");
        for (String detail : List.of(
                "Anna Nowak", "Maria Lis", "pedagog", "świetlic", "Świetlic", "syna", "spotkan", "ustalen", "plan")) {
            assertThat(text).as("the mail must not say " + detail).doesNotContainIgnoringCase(detail);
        }
    }

    static Map<String, Object> body(Map<String, Object> contact, String language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "IPUS");
        body.put("serviceIds", List.of("5e4f1ce0-0000-4000-8000-000000000001"));
        body.put("needs", "Opieka wytchnieniowa " + UUID.randomUUID());
        body.put("contact", contact);
        body.put("language", language);
        body.put("consent", true);
        return body;
    }

    private String submit(String user, Map<String, Object> body) {
        WebTestClient client = clientAs(user);
        return client.post()
                .uri("/api/applications")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .asString();
    }

    private void assign(String id, Actor to) {
        backOffice
                .assign(JAN, ApplicationId.of(id), new Assignment(to.id(), "Zespół koordynatorów", "test", false, null))
                .block(Duration.ofSeconds(10));
    }

    private List<Map<String, Object>> notifications(String applicationId, UUID recipient) {
        return db.sql(
                        "select type, reference, detail from notification where application_id = :app and recipient_id = :r")
                .bind("app", UUID.fromString(applicationId))
                .bind("r", recipient)
                .fetch()
                .all()
                .collectList()
                .block(Duration.ofSeconds(5));
    }

    private List<Map<String, Object>> mails(String applicationId) {
        return db.sql("select o.recipient, o.sender_name, o.subject, o.body, o.language, o.status from mail_outbox o "
                        + "where o.event_seq in (select event_seq from notification where application_id = :app)")
                .bind("app", UUID.fromString(applicationId))
                .fetch()
                .all()
                .collectList()
                .block(Duration.ofSeconds(5));
    }

    static <T> T awaitRows(Supplier<T> query, Predicate<T> done) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T value = query.get();
        while (!done.test(value) && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = query.get();
        }
        assertThat(done.test(value))
                .as("condition reached, last value %s", value)
                .isTrue();
        return value;
    }
}
