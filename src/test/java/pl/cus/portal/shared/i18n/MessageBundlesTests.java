package pl.cus.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The three languages stay complete, and resident-facing words stay neutral. */
class MessageBundlesTests {

    private static final Set<String> STIGMATISING = Set.of(
            "klient pomocy społecznej",
            "patologi",
            "dysfunkc",
            "wywiad środowiskowy",
            "social assistance client",
            "dysfunction",
            "pathology",
            "patholog",
            "дисфункц",
            "патолог");

    @Test
    void everyKeyExistsInEveryLanguageWithAText() throws Exception {
        assertThat(Messages.bundles()).contains("i18n.messages");
        for (String base : baseNames()) {
            Properties polish = load(base + ".properties");
            for (String other : new String[] {base + "_en.properties", base + "_uk.properties"}) {
                Properties translated = load(other);
                assertThat(new TreeSet<>(translated.stringPropertyNames()))
                        .as(other)
                        .isEqualTo(new TreeSet<>(polish.stringPropertyNames()));
                translated.forEach((key, value) ->
                        assertThat(value.toString()).as(other + " " + key).isNotBlank());
            }
        }
    }

    @Test
    void aKeyLivesInOneBundleOnly() throws Exception {
        var owner = new java.util.HashMap<String, String>();
        for (String base : baseNames()) {
            for (String key : load(base + ".properties").stringPropertyNames()) {
                assertThat(owner.putIfAbsent(key, base))
                        .as("key " + key + " in " + base)
                        .isNull();
            }
        }
    }

    @Test
    void noStigmatisingWordsInAnyLanguage() throws Exception {
        for (String base : baseNames()) {
            for (String file : new String[] {base + ".properties", base + "_en.properties", base + "_uk.properties"}) {
                load(file)
                        .forEach((key, value) -> STIGMATISING.forEach(
                                word -> assertThat(value.toString().toLowerCase(Locale.ROOT))
                                        .as(file + " " + key)
                                        .doesNotContain(word)));
            }
        }
    }

    private static java.util.List<String> baseNames() {
        return Messages.bundles().stream()
                .map(bundle -> bundle.substring("i18n.".length()))
                .toList();
    }

    @Test
    void polishIsTheDefaultWhateverTheServerLocale() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.get("layout.quick-exit", Locale.forLanguageTag("pl")))
                    .isEqualTo("Szybkie wyjście");
            assertThat(Messages.get("layout.quick-exit", Locale.GERMAN)).isEqualTo("Szybkie wyjście");
            assertThat(Messages.get("layout.quick-exit", Locale.forLanguageTag("uk")))
                    .isEqualTo("Швидкий вихід");
            assertThat(Messages.get("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
        } finally {
            Locale.setDefault(previous);
        }
    }

    private static Properties load(String name) throws Exception {
        var properties = new Properties();
        try (var in = MessageBundlesTests.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as("bundle file " + name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
