package pl.cus.portal.notifications;

/** Whether the person gets e-mails of this type; {@code required} ones are always on. */
public record MailPreference(NotificationType type, boolean email, boolean required) {}
