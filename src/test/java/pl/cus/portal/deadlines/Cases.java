package pl.cus.portal.deadlines;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Assignment;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.Role;
import tools.jackson.databind.JsonNode;

/**
 * Real cases for the deadline tests whose rules depend on the case (who holds it): a resident's application submitted
 * over HTTP, assigned by the organiser, and its tracked deadline caught up.
 */
public final class Cases {

    public static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));
    public static final Actor PIOTR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000202"),
            "piotr",
            "Piotr Wiśniewski",
            List.of(Role.COORDINATOR));
    public static final Actor MARTA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000203"),
            "marta",
            "Marta Zielińska",
            List.of(Role.FAMILY_ASSISTANT));
    public static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    public static final Actor DIRECTOR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000205"),
            "dyrektor",
            "Barbara Lewandowska",
            List.of(Role.DIRECTOR));
    public static final Actor ADMIN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000206"), "admin", "Administrator", List.of(Role.ADMIN));

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Cases() {}

    /** Anna's IPUS application, assigned to {@code assignee} by the organiser, with its deadline tracked. */
    public static UUID assignedTo(
            Actor assignee,
            WebTestClient anna,
            BackOfficeApplications backOffice,
            EventStream stream,
            DeadlineTracking tracking) {
        UUID id = submitted(anna, stream, tracking);
        backOffice
                .assign(
                        JAN,
                        new ApplicationId(id),
                        new Assignment(
                                assignee.id(), "Zespół koordynatorów", "test: deadlines follow the case", false, null))
                .block(WAIT);
        tracking.awaitProjected(stream.lastSequence()).block(WAIT);
        return id;
    }

    /** Anna's IPUS application, not assigned yet, with its deadline tracked. */
    public static UUID submitted(WebTestClient anna, EventStream stream, DeadlineTracking tracking) {
        JsonNode created = anna.post()
                .uri("/api/applications")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "kind",
                        "IPUS",
                        "serviceIds",
                        List.of("5e4f1ce0-0000-4000-8000-000000000001"),
                        "needs",
                        "terminy " + UUID.randomUUID(),
                        "contact",
                        Map.of("channel", "EMAIL", "value", "anna@example.org"),
                        "consent",
                        true))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        tracking.awaitProjected(stream.lastSequence()).block(WAIT);
        return UUID.fromString(created.get("id").stringValue());
    }
}
