package pl.cus.portal.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogueTextsTests {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "0, pl, many",
        "1, pl, one",
        "2, pl, few",
        "4, pl, few",
        "5, pl, many",
        "12, pl, many",
        "14, pl, many",
        "22, pl, few",
        "25, pl, many",
        "101, pl, many",
        "21, uk, one",
        "11, uk, many",
        "23, uk, few",
        "1, en, one",
        "2, en, many",
        "0, en, many"
    })
    void pluralCategories(long n, String language, String category) {
        assertThat(CatalogueTexts.plural(n, Locale.forLanguageTag(language))).isEqualTo(category);
    }
}
