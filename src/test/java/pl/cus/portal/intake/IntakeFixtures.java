package pl.cus.portal.intake;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/** Request bodies, demo people and real tiny files for the intake tests. */
final class IntakeFixtures {

    static final String OFFERED_1 = "5e4f1ce0-0000-4000-8000-000000000001";
    static final String OFFERED_2 = "5e4f1ce0-0000-4000-8000-000000000002";
    /** In the demo catalogue but no longer offered. */
    static final String RETIRED = "5e4f1ce0-0000-4000-8000-000000000030";

    static final UUID ANNA_ID = UUID.fromString("00000000-0000-0000-0000-000000000101");
    static final UUID OLENA_ID = UUID.fromString("00000000-0000-0000-0000-000000000102");
    static final Actor ANNA = Actor.of(ANNA_ID, "anna", "Anna Nowak", List.of(Role.RESIDENT));
    static final Actor OLENA = Actor.of(OLENA_ID, "olena", "Олена Коваленко", List.of(Role.RESIDENT));
    static final Actor EWA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));
    static final Actor PIOTR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000202"),
            "piotr",
            "Piotr Wiśniewski",
            List.of(Role.COORDINATOR));
    static final Actor MARTA = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000203"),
            "marta",
            "Marta Zielińska",
            List.of(Role.FAMILY_ASSISTANT));
    static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    static final Actor DYREKTOR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000205"),
            "dyrektor",
            "Barbara Lewandowska",
            List.of(Role.DIRECTOR));
    static final Actor ADMIN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000206"), "admin", "Administrator", List.of(Role.ADMIN));

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static final byte[] JPEG = Base64.getDecoder()
            .decode(
                    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=");
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private IntakeFixtures() {}

    static Map<String, Object> ipus(String needs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "IPUS");
        body.put("serviceIds", List.of(OFFERED_1, OFFERED_2));
        body.put("needs", needs);
        body.put("contact", Map.of("channel", "EMAIL", "value", "anna@example.org"));
        body.put("consent", true);
        return body;
    }

    static Map<String, Object> zaZyciem(String needs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "ZA_ZYCIEM");
        body.put("situation", "PREGNANCY");
        body.put("needs", needs);
        body.put(
                "contact",
                Map.of(
                        "channel",
                        "PHONE",
                        "value",
                        "+48 600 100 200",
                        "discretion",
                        List.of("NO_PHONE_CALLS", "NEUTRAL_SENDER")));
        body.put("consent", true);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Consumer<Map<String, Object>> change) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        change.accept(copy);
        return copy;
    }

    static WebTestClient.ResponseSpec submit(WebTestClient client, String key, Object body) {
        return client.post()
                .uri("/api/applications")
                .headers(headers -> {
                    if (key != null) {
                        headers.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    /** The organiser assigns the application (the HTTP route for this belongs to triage). */
    static CaseSummary assign(BackOfficeApplications backOffice, String applicationId, Actor assignee) {
        return backOffice
                .assign(
                        JAN,
                        ApplicationId.of(applicationId),
                        new Assignment(assignee.id(), "Zespół koordynatorów", "test: spread the work", false, null))
                .block(java.time.Duration.ofSeconds(10));
    }

    /**
     * A resident of their own who signs in with anna's password ("demo"), so that what other tests leave behind
     * (files, drafts) does not count in a test of limits.
     */
    static Actor freshResident(org.springframework.r2dbc.core.DatabaseClient db, String prefix) {
        UUID id = UUID.randomUUID();
        String username = prefix + "-" + id.toString().substring(0, 8);
        db.sql(
                        "insert into account (id, username, display_name, password_hash, roles, preferred_language, created_at) "
                                + "select :id, :username, 'Test Resident', password_hash, array['RESIDENT'], 'pl', now() from account where username = 'anna'")
                .bind("id", id)
                .bind("username", username)
                .fetch()
                .rowsUpdated()
                .block(java.time.Duration.ofSeconds(10));
        return Actor.of(id, username, "Test Resident", List.of(Role.RESIDENT));
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static WebTestClient.ResponseSpec upload(WebTestClient client, String fileName, byte[] content) {
        var parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return fileName;
                    }
                })
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        return client.post()
                .uri("/api/attachments")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange();
    }
}
