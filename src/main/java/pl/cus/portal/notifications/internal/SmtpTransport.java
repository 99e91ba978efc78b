package pl.cus.portal.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends through Spring's {@link JavaMailSender}, which Spring Boot creates only when {@code spring.mail.host} is
 * set; without it the transport is not {@link #configured()} and mails stay HELD in the outbox.
 */
@Component
class SmtpTransport implements MailTransport {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationsProperties properties;

    SmtpTransport(ObjectProvider<JavaMailSender> sender, NotificationsProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public void send(OutgoingMail mail) throws Exception {
        JavaMailSender smtp = sender.getObject();
        MimeMessage message = smtp instanceof JavaMailSenderImpl impl
                ? new StableIdMessage(impl.getSession(), messageId(mail))
                : smtp.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from(), mail.senderName());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        smtp.send(message);
    }

    /**
     * The outbox row's id as the Message-ID. A crash after the SMTP server accepted a mail and before the row was
     * marked sent makes the dispatcher send it again; with the same Message-ID, mail servers and clients that
     * de-duplicate show it once (docs/notifications.md).
     */
    String messageId(OutgoingMail mail) {
        String from = properties.from();
        String domain = from.contains("@") ? from.substring(from.indexOf('@') + 1) : "cus-portal";
        return "<" + mail.id() + "@" + domain + ">";
    }

    /** JavaMail replaces the Message-ID on every save; this message keeps the one it is given. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
