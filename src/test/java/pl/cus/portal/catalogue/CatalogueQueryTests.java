package pl.cus.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.cus.portal.shared.InvalidInput;

class CatalogueQueryTests {

    @Test
    void roundTripsThroughUrlParameters() {
        var query = new CatalogueQuery(
                " opieka ",
                LifeSituation.CARING_FOR_PARENT,
                AreaOfLife.SOCIAL_ASSISTANCE,
                "Stare Miasto",
                ProviderKind.NGO);
        Map<String, String> parameters = query.toParameters();

        assertThat(parameters)
                .containsExactly(
                        Map.entry("q", "opieka"),
                        Map.entry("need", "caring-for-parent"),
                        Map.entry("area", "social-assistance"),
                        Map.entry("district", "Stare Miasto"),
                        Map.entry("provider", "ngo"));
        assertThat(CatalogueQuery.fromParameters(parameters::get)).isEqualTo(query);
    }

    @Test
    void enumNamesAreAcceptedAsWellAsSlugs() {
        assertThat(CatalogueQuery.fromParameters(Map.of("need", "EXPECTING_BABY")::get)
                        .situation())
                .isEqualTo(LifeSituation.EXPECTING_BABY);
        assertThat(CatalogueQuery.fromParameters(Map.<String, String>of()::get)).isEqualTo(CatalogueQuery.ALL);
        assertThat(CatalogueQuery.fromParameters(Map.of("q", " ", "district", "")::get)
                        .isEmpty())
                .isTrue();
    }

    @Test
    void unknownValuesAreNamed() {
        assertThatThrownBy(() ->
                        CatalogueQuery.fromParameters(Map.of("need", "x", "provider", "y", "q", "z".repeat(201))::get))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(InvalidInput.FieldError::field)
                                .containsExactly("q", "need", "provider"));
    }
}
