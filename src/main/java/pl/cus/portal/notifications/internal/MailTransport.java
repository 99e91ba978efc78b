package pl.cus.portal.notifications.internal;

/** The sending step of the dispatcher; SMTP in production, in memory in tests. Blocking; throws when not accepted. */
interface MailTransport {

    void send(OutgoingMail mail) throws Exception;
}
