package pl.cus.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers on screen follow the chosen language, whether shown alone or inside a text. */
class MessagesTests {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    @Test
    void aNumberAloneIsGroupedAsTheLanguageWritesIt() {
        assertThat(Messages.number(1_234_567, ENGLISH)).isEqualTo("1,234,567");
        assertThat(Messages.number(1_234_567, POLISH).replace('\u00a0', ' ')).isEqualTo("1 234 567");
        assertThat(Messages.number(1_234_567, UKRAINIAN).replace('\u00a0', ' ')).isEqualTo("1 234 567");
        assertThat(Messages.number(7, POLISH)).isEqualTo("7");
    }

    @Test
    void aNumberInsideATextIsGroupedToo() {
        assertThat(Messages.get("triage.days.left.many", ENGLISH, 1500)).contains("1,500");
        assertThat(Messages.get("triage.days.left.many", POLISH, 1500).replace('\u00a0', ' '))
                .contains("1 500");
    }
}
