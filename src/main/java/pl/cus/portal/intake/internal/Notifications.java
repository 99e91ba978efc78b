package pl.cus.portal.intake.internal;

import java.util.Locale;
import java.util.Optional;
import pl.cus.portal.intake.Contact;
import pl.cus.portal.intake.Discretion;
import pl.cus.portal.shared.i18n.Messages;

/**
 * Composes the notifications residents receive outside the portal. The texts are fixed per occasion and language and
 * say only that something is waiting in the portal: never the situation, the services, the needs, the message or
 * even the kind of matter, because a phone or mailbox may be shared. The channel and sender follow the resident's
 * contact preferences (see docs/decisions/0009).
 */
final class Notifications {

    /** What happened; each occasion has its own neutral subject and text under {@code intake.notification.*}. */
    enum Occasion {
        SUBMITTED("submitted"),
        NEW_MESSAGE("message");

        private final String key;

        Occasion(String key) {
            this.key = key;
        }
    }

    /** How a notification travels. There is no letter channel: the portal never posts anything to the home address. */
    enum Channel {
        EMAIL,
        /** A text message. Phone contact is always by text: calls are made by people, and only when not refused. */
        SMS
    }

    record Outgoing(Channel channel, String recipient, String senderName, String subject, String body) {
    }

    private final String senderName;
    private final String neutralSenderName;

    Notifications(String senderName, String neutralSenderName) {
        this.senderName = senderName;
        this.neutralSenderName = neutralSenderName;
    }

    /** The notification for the occasion, or empty when the resident chose contact through the portal only. */
    Optional<Outgoing> compose(Occasion occasion, Contact contact, String language) {
        if (contact == null || contact.channel() == null || contact.value() == null || contact.value().isBlank()) {
            return Optional.empty();
        }
        Channel channel = switch (contact.channel()) {
            case EMAIL -> Channel.EMAIL;
            case PHONE -> Channel.SMS;
            case PORTAL -> null;
        };
        if (channel == null) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(language == null ? "pl" : language);
        String sender = contact.discretion().contains(Discretion.NEUTRAL_SENDER) ? neutralSenderName : senderName;
        String subject = channel == Channel.EMAIL ? Messages.get("intake.notification." + occasion.key + ".subject", locale) : "";
        String body = Messages.get("intake.notification." + occasion.key + ".body", locale);
        return Optional.of(new Outgoing(channel, contact.value().strip(), sender, subject, body));
    }
}
