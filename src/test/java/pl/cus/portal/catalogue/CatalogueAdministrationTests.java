package pl.cus.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;

/** Administrators change the catalogue; the public catalogue and other modules see it; nobody else may. */
class CatalogueAdministrationTests extends PortalIntegrationTest {

    static final Actor ADMIN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000206"), "admin", "Administrator", Set.of(Role.ADMIN));
    static final Actor COORDINATOR =
            Actor.of(UUID.fromString("00000000-0000-0000-0000-000000000201"), "ewa", "Ewa", Set.of(Role.COORDINATOR));
    static final ProviderId CENTRE = ProviderId.of("9a0b0000-0000-4000-8000-000000000001");
    static final ProgrammeId SENIORS = ProgrammeId.of("9a0a0000-0000-4000-8000-000000000002");

    @Autowired
    CatalogueAdministration admin;

    @Autowired
    Catalogue catalogue;

    @Autowired
    CatalogueBrowser browser;

    @Test
    void newServiceAppearsAndRetiredDisappears() {
        var id = new ServiceId(UUID.randomUUID());
        var service = service(id, "Kawiarenka internetowa dla seniorów");

        var saved = admin.saveService(ADMIN, service).block(Duration.ofSeconds(10));
        assertThat(saved.offered()).isTrue();
        assertThat(catalogue.services(List.of(id)).collectList().block(Duration.ofSeconds(10)))
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.name()).isEqualTo("Kawiarenka internetowa dla seniorów");
                    assertThat(summary.programmeId()).isEqualTo(SENIORS);
                });
        assertThat(browser.search(new CatalogueQuery("kawiarenka", null, null, null, null))
                        .collectList()
                        .block(Duration.ofSeconds(10)))
                .extracting(details -> details.service().id())
                .containsExactly(id);

        admin.retireService(ADMIN, id).block(Duration.ofSeconds(10));
        assertThat(catalogue.services(List.of(id)).collectList().block(Duration.ofSeconds(10)))
                .isEmpty();
        assertThat(catalogue
                        .offeredServices()
                        .map(ServiceSummary::id)
                        .collectList()
                        .block(Duration.ofSeconds(10)))
                .doesNotContain(id);
        assertThat(admin.allServices(ADMIN).map(ServiceEntry::id).collectList().block(Duration.ofSeconds(10)))
                .contains(id);

        // Editing keeps it retired: only restore brings it back.
        admin.saveService(ADMIN, service(id, "Kawiarenka internetowa 60+")).block(Duration.ofSeconds(10));
        assertThat(catalogue.services(List.of(id)).collectList().block(Duration.ofSeconds(10)))
                .isEmpty();
        admin.restoreService(ADMIN, id).block(Duration.ofSeconds(10));
        assertThat(catalogue
                        .services(List.of(id))
                        .map(ServiceSummary::name)
                        .collectList()
                        .block(Duration.ofSeconds(10)))
                .containsExactly("Kawiarenka internetowa 60+");
    }

    @Test
    void changesAreEventsWithoutPersonalData(@Autowired EventStream events) {
        var id = new ServiceId(UUID.randomUUID());
        admin.saveService(ADMIN, service(id, "Warsztaty komputerowe")).block(Duration.ofSeconds(10));
        admin.retireService(ADMIN, id).block(Duration.ofSeconds(10));

        var stored = events.since(0)
                .filter(event -> id.value().equals(event.aggregateId()))
                .take(2)
                .collectList()
                .block(Duration.ofSeconds(10));
        assertThat(stored).extracting(event -> event.type()).containsExactly("ServiceChanged", "ServiceChanged");
        assertThat(stored.get(0).payload()).contains("CREATED").doesNotContain("Warsztaty");
        assertThat(stored.get(1).payload()).contains("RETIRED");
    }

    @Test
    void exclusionsAreKeptBothWays() {
        var a = new ServiceId(UUID.randomUUID());
        var b = new ServiceId(UUID.randomUUID());
        admin.saveService(ADMIN, service(a, "Usługa A")).block(Duration.ofSeconds(10));
        var withExclusion = service(b, "Usługa B");
        admin.saveService(
                        ADMIN,
                        new ServiceEntry(
                                b,
                                withExclusion.name(),
                                withExclusion.summary(),
                                null,
                                null,
                                AreaOfLife.CULTURE,
                                Set.of(),
                                List.of(CENTRE),
                                null,
                                null,
                                List.of("pl"),
                                Set.of(a),
                                true))
                .block(Duration.ofSeconds(10));

        assertThat(browser.service(a).block(Duration.ofSeconds(10)).service().excludes())
                .containsExactly(b);
        assertThat(browser.service(b).block(Duration.ofSeconds(10)).excludes())
                .extracting(ServiceSummary::id)
                .containsExactly(a);
    }

    @Test
    void nonAdminsAreRefused() {
        var id = new ServiceId(UUID.randomUUID());
        assertThatThrownBy(() ->
                        admin.saveService(COORDINATOR, service(id, "Nie wolno")).block(Duration.ofSeconds(10)))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> admin.retireService(COORDINATOR, ServiceId.of("5e4f1ce0-0000-4000-8000-000000000001"))
                        .block(Duration.ofSeconds(10)))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> admin.allServices(COORDINATOR).blockLast(Duration.ofSeconds(10)))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThat(catalogue.services(List.of(id)).collectList().block(Duration.ofSeconds(10)))
                .isEmpty();
        assertThat(catalogue
                        .services(List.of(ServiceId.of("5e4f1ce0-0000-4000-8000-000000000001")))
                        .collectList()
                        .block(Duration.ofSeconds(10)))
                .hasSize(1);
    }

    @Test
    void invalidAndDanglingReferencesNameTheFields() {
        var id = new ServiceId(UUID.randomUUID());
        var dangling = new ServiceEntry(
                id,
                "Usługa",
                "Opis",
                null,
                new ProgrammeId(UUID.randomUUID()),
                AreaOfLife.CULTURE,
                Set.of(),
                List.of(new ProviderId(UUID.randomUUID())),
                null,
                null,
                List.of("pl"),
                Set.of(new ServiceId(UUID.randomUUID())),
                true);
        assertThatThrownBy(() -> admin.saveService(ADMIN, dangling).block(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("programmeId", "providerIds", "excludes"));
        var blank = new ServiceEntry(
                id, " ", null, null, null, null, Set.of(), List.of(), null, null, List.of(), Set.of(), true);
        assertThatThrownBy(() -> admin.saveService(ADMIN, blank).block(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .contains("name", "summary", "area", "providerIds"));
    }

    @Test
    void programmeAndProviderEdits() {
        var providerId = new ProviderId(UUID.randomUUID());
        var provider = new Provider(
                providerId,
                "Klub Seniora „Wrzos”",
                ProviderKind.NGO,
                "ul. Wrzosowa 1",
                "05-900",
                "Nadrzecze",
                "Nowe Pole",
                "Irena Kowal",
                null,
                "wrzos@example.org",
                null,
                null,
                null,
                List.of("pl"));
        assertThat(admin.saveProvider(ADMIN, provider)
                        .block(Duration.ofSeconds(10))
                        .name())
                .isEqualTo("Klub Seniora „Wrzos”");
        assertThatThrownBy(() -> admin.saveProvider(COORDINATOR, provider).block(Duration.ofSeconds(10)))
                .isInstanceOf(DomainException.Forbidden.class);

        var programme = browser.programme(SENIORS).block(Duration.ofSeconds(10)).programme();
        var renamed = new Programme(
                programme.id(),
                programme.name(),
                programme.goal() + " Nowy cel.",
                programme.periodStart(),
                programme.periodEnd(),
                programme.targetGroup(),
                programme.expectedParticipants(),
                programme.qualification(),
                programme.procedure(),
                programme.fees(),
                programme.documents(),
                programme.personalData());
        admin.saveProgramme(ADMIN, renamed).block(Duration.ofSeconds(10));
        assertThat(browser.programme(SENIORS)
                        .block(Duration.ofSeconds(10))
                        .programme()
                        .goal())
                .endsWith("Nowy cel.");
    }

    @Test
    void adminApiCreatesAndOthersAreRefused() {
        String body = """
                {"name":"Spacery z kijkami","summary":"Nordic walking w parku","area":"SPORT_AND_TOURISM",
                 "situations":["OLDER_AGE"],"providerIds":["9a0b0000-0000-4000-8000-000000000010"],"languages":["pl"]}""";
        var created = clientAs("admin")
                .post()
                .uri("/api/backoffice/catalog/services")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.offered")
                .isEqualTo(true)
                .returnResult();
        String id = new String(created.getResponseBodyContent()).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        client().get()
                .uri("/api/catalog/services/" + id)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Spacery z kijkami");

        clientAs("admin")
                .post()
                .uri("/api/backoffice/catalog/services/" + id + "/retire")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.offered")
                .isEqualTo(false);
        client().get()
                .uri("/api/catalog/services/" + id)
                .exchange()
                .expectStatus()
                .isNotFound();

        clientAs("ewa")
                .post()
                .uri("/api/backoffice/catalog/services")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isForbidden();
        clientAs("anna")
                .get()
                .uri("/api/backoffice/catalog/services")
                .exchange()
                .expectStatus()
                .isForbidden();
        client().post()
                .uri("/api/backoffice/catalog/services")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        clientAs("admin")
                .post()
                .uri("/api/backoffice/catalog/services")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"\"}")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'name')]")
                .exists();
    }

    @Test
    void aProviderWebsiteThatIsNotAnHttpOrHttpsAddressIsRefusedOnCreateAndUpdate() {
        String body = """
                {"name":"Fundacja Skrypt","kind":"NGO","street":"ul. Prosta 1","city":"Nadrzecze","languages":["pl"],
                 "website":"%s"}""";
        clientAs("admin")
                .post()
                .uri("/api/backoffice/catalog/providers")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.formatted("javascript:alert(1)"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("website")
                .jsonPath("$.errors.length()")
                .isEqualTo(1);

        var created = clientAs("admin")
                .post()
                .uri("/api/backoffice/catalog/providers")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.formatted("https://skrypt.example.org"))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.website")
                .isEqualTo("https://skrypt.example.org")
                .returnResult();
        String id = new String(created.getResponseBodyContent()).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        clientAs("admin")
                .put()
                .uri("/api/backoffice/catalog/providers/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body.formatted("JAVASCRIPT:alert(document.cookie)"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("website");
        assertThatThrownBy(() -> admin.saveProvider(
                                ADMIN,
                                new Provider(
                                        ProviderId.of(id),
                                        "Fundacja Skrypt",
                                        ProviderKind.NGO,
                                        "ul. Prosta 1",
                                        null,
                                        "Nadrzecze",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "data:text/html,<script>alert(1)</script>",
                                        null,
                                        null,
                                        List.of("pl")))
                        .block(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::messageKey)
                                .containsExactly("catalogue.error.website"));
        // The refused updates left this provider's website as it was (other tests may force bad values on their own
        // rows).
        clientAs("admin")
                .get()
                .uri("/api/backoffice/catalog/providers")
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.id == '" + id + "')].website")
                .isEqualTo(List.of("https://skrypt.example.org"));
    }

    private static ServiceEntry service(ServiceId id, String name) {
        return new ServiceEntry(
                id,
                name,
                "Krótki opis usługi.",
                "Dłuższy opis.",
                SENIORS,
                AreaOfLife.EDUCATION,
                Set.of(LifeSituation.OLDER_AGE),
                List.of(CENTRE),
                "Osoby 60+.",
                "Bezpłatnie.",
                List.of("pl"),
                Set.of(),
                true);
    }
}
