package pl.cus.portal.shared.mail;

import reactor.core.publisher.Mono;

/**
 * Queues an e-mail to an address that need not belong to an account (a registration's confirmation, a password
 * reset). Implemented by the notifications module's outbox, which sends it, or holds it while no SMTP server is
 * configured. Runs in the caller's transaction when there is one, so a mail is queued exactly when its data commits.
 */
public interface MailOutbox {

    /**
     * @param to       the recipient address
     * @param subject  the subject line, already in the recipient's language
     * @param body     plain text, already in the recipient's language
     * @param language {@code pl}, {@code en} or {@code uk}
     */
    Mono<Void> send(String to, String subject, String body, String language);

    /** The portal's public address followed by {@code pathAndQuery} (which starts without a slash), for links in mails. */
    String link(String pathAndQuery);
}
