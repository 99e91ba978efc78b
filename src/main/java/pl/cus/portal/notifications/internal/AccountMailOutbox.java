package pl.cus.portal.notifications.internal;

import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.shared.mail.MailOutbox;
import reactor.core.publisher.Mono;

/**
 * The outbox for mails about an account (registration, password reset) that identity sends through the
 * {@link MailOutbox} port: a row with no event and no recipient account, sent by {@link MailDispatcher} like any
 * other. With no {@code spring.mail.host} the row is HELD (shown to the administrator in the mail outbox view) and
 * the mail, with its link, is written to the log at INFO, so that a demonstration on the embedded default works.
 */
@Component
class AccountMailOutbox implements MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(AccountMailOutbox.class);

    private final DatabaseClient db;
    private final SmtpTransport smtp;
    private final NotificationsProperties properties;
    private final Clock clock;

    AccountMailOutbox(DatabaseClient db, SmtpTransport smtp, NotificationsProperties properties, Clock clock) {
        this.db = db;
        this.smtp = smtp;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<Void> send(String to, String subject, String body, String language) {
        return Mono.defer(() -> {
            boolean held = !smtp.configured();
            var now = InboxStore.utc(clock.instant());
            return db.sql(
                            "insert into mail_outbox (id, recipient, sender_name, subject, body, language, status, next_attempt_at, created_at) "
                                    + "values (:id, :to, :sender, :subject, :body, :lang, :status, :at, :at)")
                    .bind("id", UUID.randomUUID())
                    .bind("to", to)
                    .bind("sender", properties.senderName())
                    .bind("subject", subject)
                    .bind("body", body)
                    .bind("lang", language)
                    .bind("status", held ? "HELD" : "PENDING")
                    .bind("at", now)
                    .then()
                    .doOnSuccess(done -> {
                        if (held) {
                            log.info(
                                    "No spring.mail.host: mail to {} held in the outbox. Subject: {}\n{}",
                                    InboxStore.mask(to),
                                    subject,
                                    body);
                        }
                    });
        });
    }

    @Override
    public String link(String pathAndQuery) {
        String base = properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/";
        return base + (pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }
}
