package pl.cus.portal.intake;

import java.util.UUID;

/**
 * How the centre may reach the resident about one application, for the system's own notifications: the channel
 * chosen on the application, the e-mail address only when that channel is {@link ContactChannel#EMAIL}, whether a
 * neutral sender name was asked for, and the application's language.
 */
public record ContactRoute(
        UUID residentId, ContactChannel channel, String email, boolean neutralSender, String language) {}
