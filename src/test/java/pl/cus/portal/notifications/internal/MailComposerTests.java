package pl.cus.portal.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.notifications.NotificationType;
import pl.cus.portal.shared.i18n.Messages;

/** No e-mail and no in-portal text, in any language, says what the matter is about. */
class MailComposerTests {

    static final List<String> FORBIDDEN = List.of(
            "ciąż",
            "pregnan",
            "вагітн",
            "dziec",
            "child",
            "дит",
            "niepełnospr",
            "disab",
            "інвалід",
            "chorob",
            "ill",
            "хвор",
            "ipus",
            "za życiem",
            "asystent",
            "assistant",
            "асистент",
            "zespół koordynatorów",
            "psycholog",
            "wniosek",
            "pomoc społeczn",
            "social",
            "соціальн",
            "wytchnieniow",
            "opieka",
            "care",
            "niepełnospraw",
            "perinatal",
            "strat",
            "loss",
            "втрат",
            "rodzin",
            "family",
            "сім");

    private final MailComposer composer = new MailComposer("https://portal.example.org/");

    @Test
    void everyMailNamesOnlyTheSenderTheReferenceAndALink() {
        UUID app = UUID.randomUUID();
        for (String language : List.of("pl", "en", "uk")) {
            for (NotificationType type : NotificationType.values()) {
                var mail = composer.compose(type, language, "Portal mieszkańca", "CUS/2026/000042", app);
                String text = (mail.subject() + "\n" + mail.body()).toLowerCase(Locale.ROOT);
                assertThat(text)
                        .as(type + " " + language)
                        .contains("cus/2026/000042")
                        .contains("https://portal.example.org/"
                                + (type.forStaff() ? "backoffice/cases/" : "portal/matters/") + app)
                        .doesNotContain("!notifications.");
                assertThat(mail.senderName()).isEqualTo("Portal mieszkańca");
                String withoutSender = text.replace("portal mieszkańca", "").replace("https://portal.example.org/", "");
                for (String word : FORBIDDEN) {
                    assertThat(withoutSender)
                            .as(type + " " + language + " must not contain " + word)
                            .doesNotContain(word);
                }
            }
        }
    }

    @Test
    void inPortalTextsAreNeutralToo() {
        for (String language : List.of("pl", "en", "uk")) {
            Locale locale = Locale.forLanguageTag(language);
            for (NotificationType type : NotificationType.values()) {
                String text = Messages.get("notifications.type." + type.name(), locale, "CUS/1", "x")
                        .toLowerCase(Locale.ROOT);
                assertThat(text).doesNotStartWith("!");
                for (String word : FORBIDDEN) {
                    assertThat(text)
                            .as(type + " " + language + " must not contain " + word)
                            .doesNotContain(word);
                }
            }
        }
    }

    @Test
    void backOffDoublesUpToTheLimit() {
        var mail = new NotificationsProperties.Mail(
                java.time.Duration.ofSeconds(10),
                20,
                java.time.Duration.ofMinutes(5),
                8,
                java.time.Duration.ofMinutes(1),
                java.time.Duration.ofMinutes(5),
                java.time.Duration.ofDays(2));
        assertThat(mail.backoff(1)).hasMinutes(1);
        assertThat(mail.backoff(2)).hasMinutes(2);
        assertThat(mail.backoff(3)).hasMinutes(4);
        assertThat(mail.backoff(4)).hasMinutes(5);
        assertThat(mail.backoff(20)).hasMinutes(5);
    }

    @Test
    void recipientsAreMaskedForTheAdministrator() {
        assertThat(InboxStore.mask("anna@example.org")).isEqualTo("a***@example.org");
        assertThat(InboxStore.mask("nonsense")).isEqualTo("***");
    }
}
