package pl.cus.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.cus.portal.PortalIntegrationTest;

/** The {@link Catalogue} contract on the demo data, as other modules rely on it. */
class CatalogueTests extends PortalIntegrationTest {

    static final ServiceId ANTENATAL = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000001");
    static final ServiceId RESPITE = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000002");
    static final ServiceId DAY_CENTRE = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000009");
    static final ServiceId RETIRED = ServiceId.of("5e4f1ce0-0000-4000-8000-000000000030");
    static final ProgrammeId FAMILIES = ProgrammeId.of("9a0a0000-0000-4000-8000-000000000001");

    @Autowired
    Catalogue catalogue;

    @Autowired
    CatalogueBrowser browser;

    @Test
    void servicesByIdKeepOfferedOnesOrderedByName() {
        var unknown = new ServiceId(UUID.randomUUID());
        List<ServiceSummary> found = catalogue
                .services(List.of(ANTENATAL, unknown, RETIRED, RESPITE))
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(found).extracting(ServiceSummary::id).containsExactly(RESPITE, ANTENATAL);
        var antenatal = found.get(1);
        assertThat(antenatal.name()).isEqualTo("Szkoła rodzenia i wsparcie okołoporodowe");
        assertThat(antenatal.programmeId()).isEqualTo(FAMILIES);
        assertThat(antenatal.programmeName()).isEqualTo("Rodzina bliżej");
        assertThat(antenatal.summary()).isNotBlank();
    }

    @Test
    void noIdsNoServices() {
        assertThat(catalogue.services(List.of()).collectList().block(Duration.ofSeconds(10)))
                .isEmpty();
    }

    @Test
    void offeredServicesLeaveRetiredOnesOut() {
        List<ServiceSummary> offered = catalogue.offeredServices().collectList().block(Duration.ofSeconds(10));

        assertThat(offered)
                .hasSizeGreaterThanOrEqualTo(20)
                .extracting(ServiceSummary::id)
                .contains(ANTENATAL, RESPITE)
                .doesNotContain(RETIRED);
        assertThat(offered)
                .extracting(ServiceSummary::name)
                .isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("pl")));
        assertThat(offered)
                .filteredOn(service -> service.programmeId() == null)
                .isNotEmpty()
                .allSatisfy(service -> assertThat(service.programmeName()).isNull());
    }

    @Test
    void districtsComeFromProvidersOfOfferedServices() {
        assertThat(catalogue.districts().collectList().block(Duration.ofSeconds(10)))
                .contains("Śródmieście", "Zatorze", "Stare Miasto", "Osiedle Słoneczne", "Piaski")
                .doesNotHaveDuplicates();
    }

    @Test
    void exclusionsAreSymmetric() {
        var respite = browser.service(RESPITE).block(Duration.ofSeconds(10));
        var dayCentre = browser.service(DAY_CENTRE).block(Duration.ofSeconds(10));

        assertThat(respite.excludes()).extracting(ServiceSummary::id).containsExactly(DAY_CENTRE);
        assertThat(dayCentre.excludes()).extracting(ServiceSummary::id).containsExactly(RESPITE);
    }

    @Test
    void demoCatalogueIsBigEnough() {
        assertThat(browser.programmes().collectList().block(Duration.ofSeconds(10)))
                .hasSizeGreaterThanOrEqualTo(3);
        var services = browser.search(CatalogueQuery.ALL).collectList().block(Duration.ofSeconds(10));
        assertThat(services.stream()
                        .flatMap(service -> service.providers().stream())
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(services)
                .allSatisfy(service -> assertThat(service.providers()).isNotEmpty());
        assertThat(services.stream().map(service -> service.service().area()).distinct())
                .hasSize(AreaOfLife.values().length);
    }

    @Test
    void retiredServiceHasNoPublicPage() {
        assertThat(browser.service(RETIRED).blockOptional(Duration.ofSeconds(10)))
                .isEmpty();
    }
}
