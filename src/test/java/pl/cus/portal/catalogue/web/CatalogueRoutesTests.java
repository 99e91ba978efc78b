package pl.cus.portal.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import pl.cus.portal.PortalIntegrationTest;

/** The public catalogue API, anonymous. */
class CatalogueRoutesTests extends PortalIntegrationTest {

    private static final String ANTENATAL = "5e4f1ce0-0000-4000-8000-000000000001";
    private static final String RETIRED = "5e4f1ce0-0000-4000-8000-000000000030";

    @Test
    void everyOfferedServiceWithProgrammeCategoryAndProviders() {
        List<Map<String, Object>> items = services("");

        assertThat(items).hasSizeGreaterThanOrEqualTo(20);
        assertThat(items).allSatisfy(item -> {
            assertThat(item).containsKeys("id", "name", "programme", "category", "providers");
            assertThat((String) item.get("name")).isNotBlank();
            assertThat((String) item.get("category")).isNotBlank();
            @SuppressWarnings("unchecked")
            var providers = (List<Map<String, Object>>) item.get("providers");
            assertThat(providers).isNotEmpty().allSatisfy(provider -> {
                assertThat((String) provider.get("name")).isNotBlank();
                assertThat((String) provider.get("address")).isNotBlank();
            });
        });
        assertThat(items).extracting(item -> item.get("id")).contains(ANTENATAL).doesNotContain(RETIRED);
        assertThat(items).filteredOn(item -> item.get("programme") != null).isNotEmpty();
    }

    @Test
    void anonymousAndJson() {
        client().get()
                .uri("/api/catalog/services")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$[?(@.id == '" + ANTENATAL + "')].programme.name")
                .isEqualTo("Rodzina bliżej")
                .jsonPath("$[?(@.id == '" + ANTENATAL + "')].category")
                .isEqualTo("family-support")
                .jsonPath("$[?(@.id == '" + ANTENATAL + "')].categoryName")
                .isEqualTo("Wspieranie rodziny");
    }

    @Test
    @SuppressWarnings("unchecked")
    void needFilterKeepsOnlyServicesForThatSituation() {
        List<Map<String, Object>> expecting = services("?need=expecting-baby");

        assertThat(expecting)
                .isNotEmpty()
                .hasSizeLessThan(services("").size())
                .allSatisfy(item -> assertThat((List<Object>) item.get("needs")).contains("expecting-baby"));
        assertThat(expecting).extracting(item -> item.get("id")).contains(ANTENATAL);
    }

    @Test
    void areaDistrictAndProviderKindFiltersCombine() {
        var items = services("?area=social-assistance&district=Stare Miasto");
        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("category")).isEqualTo("social-assistance");
            @SuppressWarnings("unchecked")
            var providers = (List<Map<String, Object>>) item.get("providers");
            assertThat(providers)
                    .anySatisfy(provider -> assertThat(provider.get("district")).isEqualTo("Stare Miasto"));
        });
        assertThat(services("?provider=ngo")).isNotEmpty().allSatisfy(item -> {
            @SuppressWarnings("unchecked")
            var providers = (List<Map<String, Object>>) item.get("providers");
            assertThat(providers)
                    .anySatisfy(provider -> assertThat(provider.get("kind")).isEqualTo("ngo"));
        });
    }

    @Test
    void textSearchIgnoresCaseAndDiacriticsAndRanksBestFirst() {
        var items = services("?q=SZKOLA RODZENIA");
        assertThat(items).isNotEmpty();
        assertThat(items.getFirst().get("id")).isEqualTo(ANTENATAL);
        assertThat(services("?q=jestem w ciąży"))
                .extracting(item -> item.get("id"))
                .contains(ANTENATAL);
        assertThat(services("?q=xyzzyqwerty")).isEmpty();
    }

    @Test
    void unknownFilterValueIsProblemNamingTheParameter() {
        client().get()
                .uri("/api/catalog/services?need=nope&area=also-nope")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("need")
                .jsonPath("$.errors[1].field")
                .isEqualTo("area");
    }

    @Test
    void serviceDetailAndRetiredOneIsNotFound() {
        client().get()
                .uri("/api/catalog/services/" + ANTENATAL)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.name")
                .isEqualTo("Szkoła rodzenia i wsparcie okołoporodowe")
                .jsonPath("$.providers[0].contactPerson")
                .isNotEmpty()
                .jsonPath("$.formalConditions")
                .isNotEmpty();
        client().get()
                .uri("/api/catalog/services/" + RETIRED)
                .exchange()
                .expectStatus()
                .isNotFound();
        client().get()
                .uri("/api/catalog/services/not-a-uuid")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void programmesWithEverythingTheActRequires() {
        client().get()
                .uri("/api/catalog/programmes/9a0a0000-0000-4000-8000-000000000001")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.programme.name")
                .isEqualTo("Rodzina bliżej")
                .jsonPath("$.programme.goal")
                .isNotEmpty()
                .jsonPath("$.programme.periodStart")
                .isEqualTo("2025-01-01")
                .jsonPath("$.programme.qualification")
                .isNotEmpty()
                .jsonPath("$.programme.fees")
                .isNotEmpty()
                .jsonPath("$.programme.personalData[0]")
                .isNotEmpty()
                .jsonPath("$.services[?(@.id == '" + ANTENATAL + "')]")
                .exists();
        client().get()
                .uri("/api/catalog/programmes")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .value(Integer.class, n -> assertThat(n).isGreaterThanOrEqualTo(3));
    }

    @Test
    void filtersAreLabelledInTheAskedLanguage() {
        client().get()
                .uri("/api/catalog/filters?lang=en")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.needs[?(@.value == 'expecting-baby')].label")
                .isEqualTo("I am expecting a baby")
                .jsonPath("$.areas.length()")
                .isEqualTo(14)
                .jsonPath("$.districts[?(@.value == 'Zatorze')]")
                .exists();
    }

    private List<Map<String, Object>> services(String query) {
        return client().get()
                .uri(java.net.URI.create("http://localhost:" + port + "/api/catalog/services"
                        + org.springframework.web.util.UriUtils.encodeQuery(
                                query, java.nio.charset.StandardCharsets.UTF_8)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .returnResult()
                .getResponseBody();
    }
}
