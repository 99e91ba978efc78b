package pl.cus.portal.deadlines;

import java.util.UUID;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Notices addressed to a role (organisers get one when a plan deadline turns overdue). A notice is shared by the
 * role: once one organiser marks it read, it is read for all of them (a team inbox).
 */
public interface StaffNotifications {

    /** The newest notices for the actor's roles, unread first. */
    Flux<StaffNotification> recent(Actor actor, int limit);

    Mono<Long> unreadCount(Actor actor);

    /** @throws pl.cus.portal.shared.DomainException.NotFound when not addressed to one of the actor's roles */
    Mono<Void> markRead(Actor actor, UUID notificationId);
}
