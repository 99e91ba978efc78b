package pl.cus.portal.notifications.internal;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import pl.cus.portal.notifications.NotificationType;
import pl.cus.portal.shared.i18n.Messages;

/**
 * The e-mail texts: fixed per type and language, naming only the sender (the centre or the neutral name), the
 * reference and a link. Never the kind of matter, the situation, services, team or message text (decision 0017).
 */
final class MailComposer {

    record Composed(String senderName, String subject, String body) {}

    private final String baseUrl;

    MailComposer(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    Composed compose(
            NotificationType type,
            String language,
            String senderName,
            @Nullable String reference,
            @Nullable UUID applicationId) {
        Locale locale = Locale.forLanguageTag(language == null || language.isBlank() ? "pl" : language);
        String ref = reference == null ? "" : reference;
        String link = baseUrl + "/" + (type.forStaff() ? "backoffice/cases/" : "portal/matters/")
                + (applicationId == null ? "" : applicationId);
        String subject = Messages.get("notifications.mail.subject", locale, ref);
        String body = Messages.get("notifications.mail.greeting", locale) + "\n\n"
                + Messages.get("notifications.mail.line." + type.name(), locale, ref) + "\n\n"
                + Messages.get("notifications.mail.sign-in", locale, link) + "\n\n"
                + senderName + "\n\n"
                + Messages.get("notifications.mail.footer", locale);
        return new Composed(senderName, subject, body);
    }
}
