package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.intake.IntakeFixtures.EXE;
import static pl.cus.portal.intake.IntakeFixtures.JPEG;
import static pl.cus.portal.intake.IntakeFixtures.PDF;
import static pl.cus.portal.intake.IntakeFixtures.PNG;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;
import static pl.cus.portal.intake.IntakeFixtures.upload;
import static pl.cus.portal.intake.IntakeFixtures.with;
import static pl.cus.portal.intake.IntakeFixtures.zaZyciem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import pl.cus.portal.PortalIntegrationTest;
import tools.jackson.databind.JsonNode;

/** POST/GET /api/attachments and attaching files to an application. */
class AttachmentApiTests extends PortalIntegrationTest {

    private JsonNode uploaded(String user, String name, byte[] content) {
        return upload(clientAs(user), name, content)
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", "/api/attachments/[0-9a-f-]{36}")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void realPdfPngAndJpegAreAcceptedAndRecognisedByContent() {
        JsonNode pdf = uploaded("anna", "zaświadczenie lekarskie.pdf", PDF);
        assertThat(pdf.get("mediaType").stringValue()).isEqualTo("application/pdf");
        assertThat(pdf.get("displayName").stringValue()).isEqualTo("zaświadczenie lekarskie.pdf");
        assertThat(pdf.get("size").longValue()).isEqualTo(PDF.length);
        assertThat(pdf.get("id").stringValue()).isNotBlank();
        assertThat(uploaded("anna", "skan.png", PNG).get("mediaType").stringValue())
                .isEqualTo("image/png");
        assertThat(uploaded("anna", "zdjęcie.jpg", JPEG).get("mediaType").stringValue())
                .isEqualTo("image/jpeg");
    }

    @Test
    void theOwnerDownloadsTheSameBytesAndNobodyElseSeesTheFile() {
        String id = uploaded("anna", "dokument.pdf", PDF).get("id").stringValue();
        byte[] body = clientAs("anna")
                .get()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                .expectHeader()
                .value("Content-Disposition", value -> assertThat(value).startsWith("attachment"))
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(body).isEqualTo(PDF);
        String foreign = clientAs("olena")
                .get()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        String unknown = UUID.randomUUID().toString();
        String missing = clientAs("olena")
                .get()
                .uri("/api/attachments/" + unknown)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(foreign.replace(id, "{id}")).isEqualTo(missing.replace(unknown, "{id}"));
        clientAs("ewa")
                .get()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void anythingButPdfPngOrJpegIsRefusedWhateverItsName() {
        refused("program.pdf", EXE)
                .jsonPath("$.errors[0].field")
                .isEqualTo("file")
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat(m.toString()).contains("PDF, JPEG and PNG"));
        refused("strona.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        refused("notatka.pdf", "zwykły tekst".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNameContradictingTheContentIsRefused() {
        refused("photo.png", PDF)
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat(m.toString()).contains("PDF"));
    }

    @Test
    void emptyAndOversizedFilesAreRefusedClearly() {
        refused("pusty.pdf", new byte[0]);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        upload(clientAs("anna").mutate().responseTimeout(Duration.ofSeconds(30)).build(), "duży.pdf", big)
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .value(d -> assertThat(d.toString()).contains("10 MB"));
    }

    @Test
    void aFileOfExactlyTheLimitIsAccepted() {
        byte[] limit = new byte[10 * 1024 * 1024];
        System.arraycopy(PDF, 0, limit, 0, PDF.length);
        upload(clientAs("anna").mutate().responseTimeout(Duration.ofSeconds(30)).build(), "graniczny.pdf", limit)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.size")
                .isEqualTo(limit.length);
    }

    @Test
    void notMultipartIs415AndAMissingPartIsNamed() {
        clientAs("anna")
                .post()
                .uri("/api/attachments")
                .contentType(MediaType.APPLICATION_PDF)
                .bodyValue(PDF)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        var parts = new org.springframework.http.client.MultipartBodyBuilder();
        parts.part("document", "x");
        clientAs("anna")
                .post()
                .uri("/api/attachments")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(org.springframework.web.reactive.function.BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("file");
    }

    @Test
    void staffCannotUpload() {
        upload(clientAs("ewa"), "a.pdf", PDF).expectStatus().isForbidden();
    }

    @Test
    void anOwnFileIsAttachedOnceAndAnotherResidentsFileIsRefused() {
        String annas =
                uploaded("anna", "potwierdzenie ciąży.pdf", PDF).get("id").stringValue();
        String olenas = uploaded("olena", "довідка.pdf", PDF).get("id").stringValue();

        submit(clientAs("anna"), key(), with(zaZyciem("x"), b -> b.put("attachments", List.of(annas, olenas))))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1)
                .jsonPath("$.errors[0].field")
                .isEqualTo("attachments[1]");

        JsonNode app = submit(clientAs("anna"), key(), with(zaZyciem("x"), b -> b.put("attachments", List.of(annas))))
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(app.get("attachments")).hasSize(1);
        assertThat(app.get("attachments").get(0).get("id").stringValue()).isEqualTo(annas);
        assertThat(app.get("attachments").get(0).get("mediaType").stringValue()).isEqualTo("application/pdf");

        // Already attached: it cannot be attached to a second application.
        submit(clientAs("anna"), key(), with(zaZyciem("y"), b -> b.put("attachments", List.of(annas))))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("attachments[0]");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec refused(
            String name, byte[] content) {
        return upload(clientAs("anna"), name, content)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }
}
