package pl.cus.portal.notifications.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
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
        var message = smtp.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from(), mail.senderName());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        smtp.send(message);
    }
}
