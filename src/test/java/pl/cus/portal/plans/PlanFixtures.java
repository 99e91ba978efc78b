package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Cases with plans over HTTP, for the lifecycle tests: fresh data each call (the database is shared). */
public final class PlanFixtures {

    public static final String SERVICE = "5e4f1ce0-0000-4000-8000-000000000001";

    private final Function<String, WebTestClient> clientAs;

    public PlanFixtures(Function<String, WebTestClient> clientAs) {
        this.clientAs = clientAs;
    }

    /** Anna's application, taken by Ewa. */
    public String assignedToEwa() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "IPUS");
        body.put("serviceIds", List.of(SERVICE));
        body.put("needs", "Wsparcie dla rodziny " + UUID.randomUUID());
        body.put("contact", Map.of("channel", "PORTAL"));
        body.put("consent", true);
        String id = clientAs.apply("anna")
                .post()
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
                .stringValue();
        clientAs.apply("ewa")
                .post()
                .uri("/api/backoffice/applications/" + id + "/assignment")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("assignee", "ewa"))
                .exchange()
                .expectStatus()
                .is2xxSuccessful();
        return id;
    }

    /** Ewa writes a plan from {@code from} to {@code to} (not yet agreed or approved). */
    public void written(String id, LocalDate from, LocalDate to) {
        clientAs.apply("ewa")
                .put()
                .uri("/api/backoffice/applications/" + id + "/plan")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "from",
                        from.toString(),
                        "to",
                        to.toString(),
                        "goals",
                        "Mama wraca do pracy, syn ma opiekę po szkole.",
                        "items",
                        List.of(Map.of(
                                "serviceId",
                                SERVICE,
                                "provider",
                                "Fundacja Razem",
                                "place",
                                "ul. Słoneczna 5",
                                "schedule",
                                "co wtorek 16:00–17:00"))))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** A case whose plan is agreed by Anna and approved by the director: prepared, in force. */
    public String prepared(LocalDate from, LocalDate to) {
        String id = assignedToEwa();
        written(id, from, to);
        clientAs.apply("anna")
                .post()
                .uri("/api/applications/" + id + "/plan/agreement")
                .exchange()
                .expectStatus()
                .isOk();
        clientAs.apply("dyrektor")
                .post()
                .uri("/api/backoffice/applications/" + id + "/plan/approval")
                .exchange()
                .expectStatus()
                .isOk();
        return id;
    }
}
