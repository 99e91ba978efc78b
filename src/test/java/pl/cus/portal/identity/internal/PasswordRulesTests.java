package pl.cus.portal.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.i18n.Messages;

/** Issue 14, item 4: the one set of password rules, each refusal with its own message in pl, en and uk. */
class PasswordRulesTests {

    final PasswordRules rules = new PasswordRules();

    private Optional<String> reason(String password) {
        return rules.check("password", password, "Jan.Kowalczyk@example.org", "Bożena Wiśniewska")
                .map(FieldError::messageKey);
    }

    @Test
    void aLongUnusualPasswordPasses() {
        assertThat(reason("zielony rower nad rzeką")).isEmpty();
        assertThat(reason("correct horse battery staple")).isEmpty();
    }

    @Test
    void eachWeakPasswordIsRefusedForItsReason() {
        assertThat(reason(null)).contains("identity.password.rule.length");
        assertThat(reason("elevenchars")).contains("identity.password.rule.length");
        assertThat(reason("x".repeat(201))).contains("identity.password.rule.too-long");
        assertThat(reason("aaaaaaaaaaaaaaaaaaaa")).contains("identity.password.rule.repeated");
        assertThat(reason("jan.kowalczyk")).contains("identity.password.rule.personal");
        assertThat(reason("KOWALCZYK-2024-!")).contains("identity.password.rule.personal");
        assertThat(reason("wiśniewska2024")).contains("identity.password.rule.personal");
        assertThat(reason("BożenaWiśniewska")).contains("identity.password.rule.personal");
        assertThat(reason("1qaz2wsx3edc")).contains("identity.password.rule.common");
        assertThat(reason("QWERTY123456")).contains("identity.password.rule.common");
        assertThat(reason("sunshine!!2024")).contains("identity.password.rule.common");
    }

    @Test
    void theShippedListHasTensOfThousandsOfEntries() {
        long entries = new java.io.BufferedReader(new java.io.InputStreamReader(
                        getClass().getClassLoader().getResourceAsStream(PasswordRules.LIST),
                        java.nio.charset.StandardCharsets.UTF_8))
                .lines()
                .filter(line -> !line.startsWith("#"))
                .count();
        assertThat(entries).isGreaterThanOrEqualTo(30_000);
        assertThat(rules.isCommon("password")).isTrue();
        assertThat(rules.isCommon("Password")).isTrue();
    }

    @Test
    void generatedStaffPasswordsMeetTheRules() {
        for (int i = 0; i < 200; i++) {
            assertThat(rules.check(
                            "password", InitialPasswords.generate(), "staff.member@cus.example.org", "Ewa Kowal"))
                    .isEmpty();
        }
    }

    @Test
    void everyRuleHasItsMessageInEveryLanguage() {
        for (String key : new String[] {"length", "too-long", "repeated", "personal", "common"}) {
            for (String language : new String[] {"pl", "en", "uk"}) {
                String text = Messages.get("identity.password.rule." + key, Locale.forLanguageTag(language), 12);
                assertThat(text)
                        .as(key + " in " + language)
                        .doesNotStartWith("!")
                        .doesNotContain("{0}");
            }
        }
        assertThat(Messages.get("identity.password.rule.length", Locale.forLanguageTag("en"), 12))
                .contains("12");
    }
}
