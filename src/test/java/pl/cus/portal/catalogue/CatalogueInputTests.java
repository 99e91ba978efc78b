package pl.cus.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogueInputTests {

    private static final ProviderId A = new ProviderId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final ProviderId B = new ProviderId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    private static final ProviderId C = new ProviderId(UUID.fromString("00000000-0000-0000-0000-00000000000c"));

    @Test
    void languageTagsAreLowerCaseWithoutRepeatsWhateverTheSeparators() {
        assertThat(CatalogueInput.languageTags(" PL, uk  en,pl ")).containsExactly("pl", "uk", "en");
        assertThat(CatalogueInput.languageTags("")).isEmpty();
        assertThat(CatalogueInput.languageTags(null)).isEmpty();
        assertThat(CatalogueInput.languageText(List.of("pl", "uk"))).isEqualTo("pl, uk");
    }

    @Test
    void linesAreStrippedAndBlankLinesDropped() {
        assertThat(CatalogueInput.lines(" imię i nazwisko \n\n  PESEL\n")).containsExactly("imię i nazwisko", "PESEL");
        assertThat(CatalogueInput.lines(null)).isEmpty();
    }

    @Test
    void blankTextIsNoText() {
        assertThat(CatalogueInput.blankToNull("  ")).isNull();
        assertThat(CatalogueInput.blankToNull(null)).isNull();
        assertThat(CatalogueInput.blankToNull(" 12-345 ")).isEqualTo("12-345");
    }

    @Test
    void theMainContactStaysFirstAndNewProvidersFollow() {
        assertThat(CatalogueInput.providersInOrder(Set.of(A, B, C), List.of(C, A)))
                .containsExactly(C, A, B);
        assertThat(CatalogueInput.providersInOrder(Set.of(B, A), List.of(C, B))).containsExactly(B, A);
        assertThat(CatalogueInput.providersInOrder(Set.of(), List.of(C))).isEmpty();
    }
}
