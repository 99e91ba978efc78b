package pl.cus.portal.notifications.internal;

import java.util.UUID;

/** A claimed outbox row; {@code attempt} counts this one. */
record OutgoingMail(UUID id, String recipient, String senderName, String subject, String body, int attempt) {}
