package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.intake.IntakeFixtures.PDF;
import static pl.cus.portal.intake.IntakeFixtures.key;
import static pl.cus.portal.intake.IntakeFixtures.submit;
import static pl.cus.portal.intake.IntakeFixtures.upload;
import static pl.cus.portal.intake.IntakeFixtures.with;
import static pl.cus.portal.intake.IntakeFixtures.zaZyciem;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.i18n.Messages;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/** A resident's files outside submitted applications count against a quota of 20 files and 50 MB. */
class UploadQuotaTests extends PortalIntegrationTest {

    @Autowired
    Attachments attachments;

    @Autowired
    DatabaseClient db;

    private Actor freshResident() {
        return IntakeFixtures.freshResident(db, "quota");
    }

    private String stored(Actor resident, byte[] content) {
        return attachments
                .upload(resident, "plik.pdf", content)
                .block(Duration.ofSeconds(30))
                .id()
                .toString();
    }

    private long unattached(Actor resident) {
        return db.sql("select count(*) as n from attachment where owner_id = :owner and application_id is null")
                .bind("owner", resident.id())
                .map(row -> row.get("n", Long.class))
                .one()
                .block(Duration.ofSeconds(10));
    }

    @Test
    void theTwentyFirstUnattachedFileIs409WithAdviceInTheResidentsLanguage() {
        Actor resident = freshResident();
        List<String> ids = Flux.range(0, 20)
                .concatMap(i -> Mono.fromSupplier(() -> stored(resident, PDF)))
                .collectList()
                .block();

        JsonNode problem = upload(
                        clientAs(resident.username())
                                .mutate()
                                .defaultHeader("Accept-Language", "uk")
                                .build(),
                        "21.pdf",
                        PDF)
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.get("status").intValue()).isEqualTo(409);
        assertThat(problem.get("code").stringValue()).isEqualTo("intake.error.quota-files");
        assertThat(problem.get("maxFiles").intValue()).isEqualTo(20);
        String detail = problem.get("detail").stringValue();
        assertThat(detail).contains("20").doesNotContain("!intake");
        assertThat(detail)
                .isEqualTo(
                        Messages.get("intake.error.quota-files", java.util.Locale.forLanguageTag("uk"), 20, "50 MB"));
        assertThat(unattached(resident)).isEqualTo(20);

        // Removing a file frees its place.
        clientAs(resident.username())
                .delete()
                .uri("/api/attachments/" + ids.getFirst())
                .exchange()
                .expectStatus()
                .isNoContent();
        upload(clientAs(resident.username()), "21.pdf", PDF).expectStatus().isCreated();
        upload(clientAs(resident.username()), "22.pdf", PDF).expectStatus().isEqualTo(HttpStatus.CONFLICT);

        // So does sending an application with it: attached files no longer count.
        submit(
                        clientAs(resident.username()),
                        key(),
                        with(zaZyciem("Proszę o wsparcie"), body -> body.put("attachments", List.of(ids.get(1)))))
                .expectStatus()
                .isCreated();
        upload(clientAs(resident.username()), "22.pdf", PDF).expectStatus().isCreated();
        assertThat(unattached(resident)).isEqualTo(20);
    }

    @Test
    void aFileThatWouldTakeTheUnattachedTotalPast50MbIs413() {
        Actor resident = freshResident();
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        System.arraycopy(PDF, 0, tenMegabytes, 0, PDF.length);
        for (int i = 0; i < 5; i++) {
            stored(resident, tenMegabytes);
        }
        // Exactly 50 MB are kept; one byte more is refused, in Polish when the client names no language.
        upload(clientAs(resident.username()), "jeszcze.pdf", PDF)
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("intake.error.quota-size")
                .jsonPath("$.maxSize")
                .isEqualTo("50 MB")
                .jsonPath("$.detail")
                .isEqualTo(Messages.get("intake.error.quota-size", java.util.Locale.forLanguageTag("pl"), 20, "50 MB"));
        assertThat(unattached(resident)).isEqualTo(5);
        db.sql("delete from attachment where owner_id = :owner")
                .bind("owner", resident.id())
                .then()
                .block(Duration.ofSeconds(10));
    }

    @Test
    void parallelUploadsAtTheLimitLetExactlyOneThrough() {
        Actor resident = freshResident();
        for (int i = 0; i < 19; i++) {
            stored(resident, PDF);
        }
        List<Boolean> outcomes = Flux.range(0, 8)
                .flatMap(
                        i -> attachments
                                .upload(resident, "rownolegle-" + i + ".pdf", PDF)
                                .map(info -> true)
                                .onErrorResume(UploadQuotaExceeded.class, refused -> Mono.just(false))
                                .subscribeOn(Schedulers.parallel()),
                        8)
                .collectList()
                .block(Duration.ofSeconds(60));
        assertThat(outcomes).hasSize(8).containsOnlyOnce(true);
        assertThat(unattached(resident)).isEqualTo(20);
    }

    @Test
    void onlyTheOwnerRemovesAnUnattachedFile() {
        Actor resident = freshResident();
        String id = stored(resident, PDF);
        clientAs("anna")
                .delete()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("ewa")
                .delete()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs(resident.username())
                .delete()
                .uri("/api/attachments/not-an-id")
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(unattached(resident)).isEqualTo(1);
        clientAs(resident.username())
                .delete()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isNoContent();
        clientAs(resident.username())
                .delete()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
        assertThat(unattached(resident)).isZero();
    }

    @Test
    void aFileOfASentApplicationCannotBeRemovedByItsOwner() {
        Actor resident = freshResident();
        String id = stored(resident, PDF);
        submit(
                        clientAs(resident.username()),
                        key(),
                        with(zaZyciem("Proszę o wsparcie"), body -> body.put("attachments", List.of(id))))
                .expectStatus()
                .isCreated();
        clientAs(resident.username())
                .delete()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs(resident.username())
                .get()
                .uri("/api/attachments/" + id)
                .exchange()
                .expectStatus()
                .isOk();
    }
}
