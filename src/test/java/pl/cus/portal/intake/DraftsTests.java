package pl.cus.portal.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.cus.portal.intake.IntakeFixtures.ANNA;
import static pl.cus.portal.intake.IntakeFixtures.EWA;
import static pl.cus.portal.intake.IntakeFixtures.OLENA;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.catalogue.ServiceId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** Drafts: several per resident, resumed as saved, private to their owner. */
class DraftsTests extends PortalIntegrationTest {

    @Autowired
    Drafts drafts;

    @Autowired
    org.springframework.r2dbc.core.DatabaseClient db;

    private static final ApplicationForm HALF_DONE = new ApplicationForm(
            ApplicationKind.IPUS,
            List.of(ServiceId.of(IntakeFixtures.OFFERED_1)),
            "Zaczynam pisać… <script>",
            List.of(new HouseholdMember("Ola", null, null)),
            null,
            new Contact(ContactChannel.EMAIL, null, Set.of(Discretion.NEUTRAL_SENDER, Discretion.NO_LETTERS_HOME)),
            null,
            null,
            "uk",
            List.of());

    @Test
    void severalDraftsAreKeptAndResumedExactly() {
        Draft first = drafts.save(ANNA, null, HALF_DONE, 2).block();
        Draft second = drafts.save(ANNA, null, ApplicationForm.empty(ApplicationKind.ZA_ZYCIEM), 0)
                .block();
        assertThat(first.id()).isNotEqualTo(second.id());

        drafts.find(ANNA, first.id())
                .as(StepVerifier::create)
                .assertNext(found -> {
                    assertThat(found.form()).isEqualTo(HALF_DONE);
                    assertThat(found.step()).isEqualTo(2);
                })
                .verifyComplete();

        var updated = new ApplicationForm(
                ApplicationKind.IPUS,
                HALF_DONE.serviceIds(),
                "Dopisuję dalej",
                HALF_DONE.household(),
                null,
                HALF_DONE.contact(),
                true,
                null,
                "uk",
                List.of());
        drafts.save(ANNA, first.id(), updated, 3).block();

        var mine = drafts.mine(ANNA).collectList().block();
        assertThat(mine).extracting(Draft::id).contains(first.id(), second.id());
        // Most recently changed first.
        assertThat(mine.indexOf(mine.stream()
                        .filter(d -> d.id().equals(first.id()))
                        .findFirst()
                        .orElseThrow()))
                .isLessThan(mine.indexOf(mine.stream()
                        .filter(d -> d.id().equals(second.id()))
                        .findFirst()
                        .orElseThrow()));
        assertThat(drafts.find(ANNA, first.id()).block().form()).isEqualTo(updated);

        drafts.discard(ANNA, second.id()).block();
        drafts.find(ANNA, second.id())
                .as(StepVerifier::create)
                .expectError(DomainException.NotFound.class)
                .verify();
    }

    @Test
    void anotherResidentsDraftIsNotFound() {
        Draft annas = drafts.save(ANNA, null, HALF_DONE, 1).block();
        drafts.find(OLENA, annas.id())
                .as(StepVerifier::create)
                .expectError(DomainException.NotFound.class)
                .verify();
        drafts.save(OLENA, annas.id(), ApplicationForm.empty(ApplicationKind.IPUS), 0)
                .as(StepVerifier::create)
                .expectError(DomainException.NotFound.class)
                .verify();
        drafts.discard(OLENA, annas.id())
                .as(StepVerifier::create)
                .expectError(DomainException.NotFound.class)
                .verify();
        assertThat(drafts.mine(OLENA).collectList().block())
                .extracting(Draft::id)
                .doesNotContain(annas.id());
        // Untouched by the attempts.
        assertThat(drafts.find(ANNA, annas.id()).block().form()).isEqualTo(HALF_DONE);
        drafts.find(ANNA, new DraftId(UUID.randomUUID()))
                .as(StepVerifier::create)
                .expectError(DomainException.NotFound.class)
                .verify();
    }

    @Test
    void draftsApiSavesResumesAndKeepsThemPrivate() {
        var created = clientAs("anna")
                .post()
                .uri("/api/drafts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("step", 1, "form", Map.of("kind", "ZA_ZYCIEM", "needs", "Почала писати <b>")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", "/api/drafts/[0-9a-f-]{36}")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String id = created.get("id").stringValue();
        clientAs("anna")
                .put()
                .uri("/api/drafts/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "step",
                        2,
                        "form",
                        Map.of("kind", "ZA_ZYCIEM", "situation", "CHILD_DISABILITY", "needs", "Почала писати <b>")))
                .exchange()
                .expectStatus()
                .isOk();
        clientAs("anna")
                .get()
                .uri("/api/drafts/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.step")
                .isEqualTo(2)
                .jsonPath("$.form.situation")
                .isEqualTo("CHILD_DISABILITY")
                .jsonPath("$.form.needs")
                .isEqualTo("Почала писати <b>");
        clientAs("anna")
                .post()
                .uri("/api/drafts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("form", Map.of("kind", "LOAN")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("form.kind");
        clientAs("olena")
                .get()
                .uri("/api/drafts/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("olena")
                .delete()
                .uri("/api/drafts/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
        clientAs("anna")
                .delete()
                .uri("/api/drafts/" + id)
                .exchange()
                .expectStatus()
                .isNoContent();
        clientAs("anna")
                .get()
                .uri("/api/drafts/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aDraftWithoutAKnownKindIsRefusedAndNeverStored() {
        Actor resident = IntakeFixtures.freshResident(db, "drafts");
        var client = clientAs(resident.username());
        client.post()
                .uri("/api/drafts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("step", 1, "form", Map.of("needs", "Bez rodzaju")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("form.kind");
        client.post()
                .uri("/api/drafts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("step", 0))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("form.kind");
        client.post()
                .uri("/api/drafts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("form", Map.of("kind", "NOPE")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors.length()")
                .isEqualTo(1);
        String id = client.post()
                .uri("/api/drafts")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("form", Map.of("kind", "IPUS")))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("id")
                .stringValue();
        var nullKind = new java.util.HashMap<String, Object>();
        nullKind.put("kind", null);
        client.put()
                .uri("/api/drafts/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("form", nullKind))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("form.kind");
        drafts.save(resident, null, ApplicationForm.empty(null), 0)
                .as(StepVerifier::create)
                .expectError(pl.cus.portal.shared.InvalidInput.class)
                .verify();

        assertThat(drafts.mine(resident).collectList().block())
                .singleElement()
                .satisfies(draft -> assertThat(draft.form().kind()).isEqualTo(ApplicationKind.IPUS));
    }

    @Test
    void aBadDraftAlreadyStoredIsListedWithoutItsKindInsteadOfFailing() {
        Actor resident = IntakeFixtures.freshResident(db, "drafts");
        UUID noKind = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID good = drafts.save(resident, null, ApplicationForm.empty(ApplicationKind.ZA_ZYCIEM), 0)
                .block()
                .id()
                .value();
        for (var row : Map.of(noKind, "{\"needs\": \"Stary szkic\"}", gone, "{\"kind\": \"LOAN\", \"needs\": \"Inny\"}")
                .entrySet()) {
            db.sql(
                            "insert into application_draft (id, resident_id, form, step, updated_at) values (:id, :resident, :form::jsonb, 0, now())")
                    .bind("id", row.getKey())
                    .bind("resident", resident.id())
                    .bind("form", row.getValue())
                    .then()
                    .block();
        }

        var mine = drafts.mine(resident).collectList().block();
        assertThat(mine).extracting(draft -> draft.id().value()).containsExactlyInAnyOrder(noKind, gone, good);
        assertThat(mine)
                .filteredOn(draft -> !draft.id().value().equals(good))
                .allSatisfy(draft -> assertThat(draft.form().kind()).isNull());
        assertThat(mine)
                .filteredOn(draft -> draft.id().value().equals(gone))
                .singleElement()
                .satisfies(draft -> assertThat(draft.form().needs()).isEqualTo("Inny"));

        clientAs(resident.username())
                .get()
                .uri("/api/drafts")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(3)
                .jsonPath("$[?(@.id == '" + gone + "')].form.kind")
                .value(kinds -> assertThat(kinds.toString()).isEqualTo("[null]"))
                .jsonPath("$[0].removedAfter")
                .exists();
        clientAs(resident.username())
                .delete()
                .uri("/api/drafts/" + gone)
                .exchange()
                .expectStatus()
                .isNoContent();
    }

    @Test
    void staffKeepNoDrafts() {
        drafts.save(EWA, null, HALF_DONE, 0)
                .as(StepVerifier::create)
                .expectError(DomainException.Forbidden.class)
                .verify();
    }
}
