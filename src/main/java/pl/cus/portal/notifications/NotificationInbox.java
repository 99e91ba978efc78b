package pl.cus.portal.notifications;

import java.util.List;
import java.util.UUID;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Each person's own notifications and e-mail preferences; nobody sees another person's. */
public interface NotificationInbox {

    /** The actor's notifications, newest first. */
    Flux<Notification> mine(Actor actor, int limit);

    Mono<Long> unreadCount(Actor actor);

    /** The actor's unread count now and again whenever it may have changed, for live screens (no repeats). */
    Flux<Long> unreadCounts(Actor actor);

    /** @throws pl.cus.portal.shared.DomainException.NotFound for an unknown id or someone else's notification */
    Mono<Void> markRead(Actor actor, UUID notificationId);

    /** One entry per type meant for the actor (staff or resident types). */
    Mono<List<MailPreference>> preferences(Actor actor);

    /**
     * Switches e-mail of a type on or off. Turning off a required type, or a type not meant for the actor, fails
     * with {@link pl.cus.portal.shared.InvalidInput}.
     */
    Mono<List<MailPreference>> setEmail(Actor actor, NotificationType type, boolean email);

    /** The mail outbox, newest first: administrators only ({@link pl.cus.portal.shared.DomainException.Forbidden}). */
    Flux<OutboxEntry> outbox(Actor admin, int limit);
}
