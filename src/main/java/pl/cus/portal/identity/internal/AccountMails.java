package pl.cus.portal.identity.internal;

import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.i18n.Messages;
import pl.cus.portal.shared.mail.MailOutbox;
import reactor.core.publisher.Mono;

/**
 * The mails about an account, in the person's language (texts in the identity bundles, keys
 * {@code identity.mail.*}). They carry a link and nothing about the person beyond the name they typed.
 */
@Component
class AccountMails {

    static final String CONFIRM_PATH = "portal/confirm-account?token=";
    static final String RESET_PATH = "portal/reset-password?token=";
    static final String FORGOTTEN_PATH = "portal/forgotten-password";

    private final MailOutbox outbox;

    AccountMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** To an address with no account: the link that opens it. */
    Mono<Void> confirmRegistration(String to, String language, String token, Duration validity) {
        Locale locale = Locale.forLanguageTag(language);
        return outbox.send(
                to,
                Messages.get("identity.mail.confirm.subject", locale),
                Messages.get(
                        "identity.mail.confirm.body", locale, outbox.link(CONFIRM_PATH + token), validity.toHours()),
                language);
    }

    /** To an address that already has an account: says so, and how to reset the password. */
    Mono<Void> accountExists(String to, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return outbox.send(
                to,
                Messages.get("identity.mail.exists.subject", locale),
                Messages.get("identity.mail.exists.body", locale, outbox.link(FORGOTTEN_PATH), outbox.link("login")),
                language);
    }

    /** To an account's address: the link that sets a new password. */
    Mono<Void> resetPassword(String to, String language, String token, Duration validity) {
        Locale locale = Locale.forLanguageTag(language);
        return outbox.send(
                to,
                Messages.get("identity.mail.reset.subject", locale),
                Messages.get("identity.mail.reset.body", locale, outbox.link(RESET_PATH + token), validity.toMinutes()),
                language);
    }
}
