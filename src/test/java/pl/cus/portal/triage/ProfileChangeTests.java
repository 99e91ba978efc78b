package pl.cus.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The districts line of a staff profile as the administrator types it. */
class ProfileChangeTests {

    @Test
    void districtsAreSplitAtCommasTrimmedAndBlanksDropped() {
        assertThat(Routing.ProfileChange.districts(" Śródmieście, Wola ,, Praga-Północ ,"))
                .containsExactly("Śródmieście", "Wola", "Praga-Północ");
        assertThat(Routing.ProfileChange.districts("   ")).isEmpty();
        assertThat(Routing.ProfileChange.districts(null)).isEmpty();
    }
}
