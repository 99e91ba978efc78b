package pl.cus.portal.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.catalogue.AreaOfLife;
import pl.cus.portal.catalogue.CatalogueQuery;
import pl.cus.portal.catalogue.LifeSituation;
import pl.cus.portal.catalogue.Provider;
import pl.cus.portal.catalogue.ProviderId;
import pl.cus.portal.catalogue.ProviderKind;
import pl.cus.portal.catalogue.ServiceDetails;
import pl.cus.portal.catalogue.ServiceEntry;
import pl.cus.portal.catalogue.ServiceId;

class ServiceMatcherTests {

    private static final Provider CENTRE = provider("Centrum Usług Społecznych", ProviderKind.CENTRE, "Śródmieście");
    private static final Provider NGO = provider("Fundacja Pierwszy Krok", ProviderKind.NGO, "Zatorze");

    private static final ServiceDetails ANTENATAL = details(
            "Szkoła rodzenia",
            "Zajęcia dla kobiet w ciąży",
            AreaOfLife.FAMILY_SUPPORT,
            Set.of(LifeSituation.EXPECTING_BABY),
            CENTRE);
    private static final ServiceDetails RESPITE = details(
            "Opieka wytchnieniowa",
            "Zastępstwo dla opiekuna starszego rodzica",
            AreaOfLife.SOCIAL_ASSISTANCE,
            Set.of(LifeSituation.CARING_FOR_PARENT, LifeSituation.OLDER_AGE),
            NGO);
    private static final ServiceDetails EARLY_SUPPORT = details(
            "Wczesne wspomaganie rozwoju",
            "Terapia dla małych dzieci",
            AreaOfLife.DISABILITY_SUPPORT,
            Set.of(LifeSituation.CHILD_WITH_DISABILITY),
            NGO,
            CENTRE);
    private static final List<ServiceDetails> ALL = List.of(ANTENATAL, EARLY_SUPPORT, RESPITE);

    private final ServiceMatcher matcher = new ServiceMatcher(words());

    @Test
    void emptyQueryKeepsEverythingInOrder() {
        assertThat(matcher.search(ALL, CatalogueQuery.ALL)).containsExactly(ANTENATAL, EARLY_SUPPORT, RESPITE);
    }

    @Test
    void situationAreaDistrictAndKindFilter() {
        assertThat(search(null, LifeSituation.CARING_FOR_PARENT, null, null, null))
                .containsExactly(RESPITE);
        assertThat(search(null, null, AreaOfLife.DISABILITY_SUPPORT, null, null))
                .containsExactly(EARLY_SUPPORT);
        assertThat(search(null, null, null, "zatorze", null)).containsExactly(EARLY_SUPPORT, RESPITE);
        assertThat(search(null, null, null, "Srodmiescie", ProviderKind.NGO)).containsExactly(EARLY_SUPPORT);
        assertThat(search(null, LifeSituation.EXPECTING_BABY, null, "Zatorze", null))
                .isEmpty();
    }

    @Test
    void textIgnoresCaseDiacriticsAndInflection() {
        assertThat(search("SZKOŁA", null, null, null, null)).containsExactly(ANTENATAL);
        assertThat(search("szkola", null, null, null, null)).containsExactly(ANTENATAL);
        assertThat(search("jestem w ciąży", null, null, null, null)).containsExactly(ANTENATAL);
        assertThat(search("opieka nad mamą", null, null, null, null)).containsExactly(RESPITE);
        assertThat(search("zupełnie nic takiego", null, null, null, null)).isEmpty();
    }

    @Test
    void situationWordsInAnyLanguageFindTheService() {
        assertThat(search("pregnancy", null, null, null, null)).containsExactly(ANTENATAL);
        assertThat(search("вагітність", null, null, null, null)).containsExactly(ANTENATAL);
    }

    @Test
    void moreMatchingWordsRankHigher() {
        assertThat(search("terapia opiekun", null, null, null, null)).hasSize(2);
        assertThat(search("wczesne wspomaganie opiekun", null, null, null, null))
                .first()
                .isEqualTo(EARLY_SUPPORT);
        assertThat(search("opiekun starszego rodzica terapia", null, null, null, null))
                .first()
                .isEqualTo(RESPITE);
    }

    @Test
    void stemsDropFillerAndShortWords() {
        assertThat(ServiceMatcher.stems("Jestem w ciąży")).containsExactly("ciaz");
        assertThat(ServiceMatcher.stems("  ")).isEmpty();
        assertThat(ServiceMatcher.normalise("Łódź ŻÓŁW")).isEqualTo("lodz zolw");
    }

    private List<ServiceDetails> search(
            String text, LifeSituation situation, AreaOfLife area, String district, ProviderKind kind) {
        return matcher.search(ALL, new CatalogueQuery(text, situation, area, district, kind));
    }

    private static Map<LifeSituation, String> words() {
        var words = new EnumMap<LifeSituation, String>(LifeSituation.class);
        for (var situation : LifeSituation.values()) {
            words.put(situation, "");
        }
        words.put(LifeSituation.EXPECTING_BABY, "Spodziewam się dziecka ciąża poród pregnancy вагітність");
        words.put(LifeSituation.CARING_FOR_PARENT, "Opiekuję się rodzicem opieka mama tata");
        return words;
    }

    private static Provider provider(String name, ProviderKind kind, String district) {
        return new Provider(
                new ProviderId(UUID.randomUUID()),
                name,
                kind,
                "ul. Prosta 1",
                "05-900",
                "Nadrzecze",
                district,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of("pl"));
    }

    private static ServiceDetails details(
            String name, String summary, AreaOfLife area, Set<LifeSituation> situations, Provider... providers) {
        var service = new ServiceEntry(
                new ServiceId(UUID.randomUUID()),
                name,
                summary,
                null,
                null,
                area,
                situations,
                java.util.Arrays.stream(providers).map(Provider::id).toList(),
                null,
                null,
                List.of("pl"),
                Set.of(),
                true);
        return new ServiceDetails(service, null, List.of(providers), List.of());
    }
}
