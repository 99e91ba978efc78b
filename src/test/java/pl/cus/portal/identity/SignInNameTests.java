package pl.cus.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one normalisation of a sign-in name (issue 14, item 1). */
class SignInNameTests {

    @Test
    void spacesAtTheEndsCaseAndUnicodeFormDoNotMakeAnotherName() {
        for (String typed : List.of(
                "zofia@example.org",
                " Zofia@Example.ORG ",
                "ZOFIA@EXAMPLE.ORG\u00a0",
                "\u2003zofia@example.org",
                "zofia@example.org \u3000")) {
            assertThat(SignInName.of(typed))
                    .as(typed)
                    .hasValueSatisfying(name -> assertThat(name.value()).isEqualTo("zofia@example.org"));
        }
        // Composed and decomposed é are one name.
        assertThat(SignInName.of("Andre\u0301")).isEqualTo(SignInName.of("andr\u00e9"));
        assertThat(SignInName.of("andr\u00e9").orElseThrow().value()).isEqualTo("andr\u00e9");
    }

    @Test
    void controlAndFormatCharactersAnywhereRefuseTheName() {
        for (String typed : List.of(
                "\u0001zofia",
                "zofia\u0000",
                "zo\tfia",
                "zofia\n",
                "\rzofia",
                "zofia\u007f",
                "zofia\u0085",
                "zofia\u200b",
                "\u200czofia",
                "zo\u200dfia",
                "\ufeffzofia",
                "\u202ezofia",
                "zofia\u2066",
                "zo\u00adfia",
                "zofia\u2028",
                "\u2029zofia",
                "zofia\ud800",
                "zofia\ue000",
                "zofia\u0378")) {
            assertThat(SignInName.of(typed))
                    .as("%s", typed.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEmpty();
        }
    }

    @Test
    void blankMissingAndOverlongNamesAreRefused() {
        assertThat(SignInName.of(null)).isEmpty();
        assertThat(SignInName.of("")).isEmpty();
        assertThat(SignInName.of(" \u00a0 ")).isEmpty();
        assertThat(SignInName.of("a".repeat(SignInName.MAX_LENGTH))).isPresent();
        assertThat(SignInName.of("a".repeat(SignInName.MAX_LENGTH + 1))).isEmpty();
    }
}
