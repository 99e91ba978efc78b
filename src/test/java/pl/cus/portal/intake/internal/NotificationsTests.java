package pl.cus.portal.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Discretion;

class NotificationsTests {

    /** Words that would reveal what the matter is about, in the three languages. */
    static final List<String> REVEALING = List.of("ciąż", "za życiem", "wniosek", "usług", "asyst", "niepełnospr", "chor", "strat",
            "pregnan", "service", "application", "assistant", "disab", "ill", "loss", "social",
            "вагітн", "послуг", "заяв", "асистент", "інвалід", "хвор", "втрат", "соціальн");

    private final Notifications notifications = new Notifications("Centrum Usług Społecznych", "Portal mieszkańca");

    @Test
    void emailGoesToTheAddressFromTheCentreUnlessANeutralSenderIsWanted() {
        var plain = notifications.compose(Notifications.Occasion.SUBMITTED,
                new Contact(ContactChannel.EMAIL, " anna@example.org ", Set.of()), "pl").orElseThrow();
        assertThat(plain.channel()).isEqualTo(Notifications.Channel.EMAIL);
        assertThat(plain.recipient()).isEqualTo("anna@example.org");
        assertThat(plain.senderName()).isEqualTo("Centrum Usług Społecznych");
        assertThat(plain.subject()).isNotBlank();

        var neutral = notifications.compose(Notifications.Occasion.SUBMITTED,
                new Contact(ContactChannel.EMAIL, "anna@example.org", Set.of(Discretion.NEUTRAL_SENDER)), "pl").orElseThrow();
        assertThat(neutral.senderName()).isEqualTo("Portal mieszkańca");
    }

    @Test
    void phoneContactIsByTextMessageOnly() {
        var sms = notifications.compose(Notifications.Occasion.NEW_MESSAGE,
                new Contact(ContactChannel.PHONE, "+48 600 100 200", Set.of(Discretion.NO_PHONE_CALLS)), "uk").orElseThrow();
        assertThat(sms.channel()).isEqualTo(Notifications.Channel.SMS);
        assertThat(sms.subject()).isEmpty();
        assertThat(sms.body()).isEqualTo("У вас нове повідомлення на порталі. Увійдіть, щоб його прочитати.");
    }

    @Test
    void portalOnlyContactSendsNothingOutside() {
        assertThat(notifications.compose(Notifications.Occasion.NEW_MESSAGE,
                new Contact(ContactChannel.PORTAL, null, Set.of()), "pl")).isEmpty();
    }

    @Test
    void everyTextInEveryLanguageIsNeutral() {
        for (String language : List.of("pl", "en", "uk")) {
            for (Notifications.Occasion occasion : Notifications.Occasion.values()) {
                var outgoing = notifications.compose(occasion,
                        new Contact(ContactChannel.EMAIL, "anna@example.org", Set.of(Discretion.NEUTRAL_SENDER)), language).orElseThrow();
                String text = (outgoing.senderName() + " " + outgoing.subject() + " " + outgoing.body()).toLowerCase(Locale.ROOT);
                assertThat(text).as(language + " " + occasion).doesNotContain("!");
                REVEALING.forEach(word -> assertThat(text).as(language + " " + occasion).doesNotContain(word));
            }
        }
    }
}
