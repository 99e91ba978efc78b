package pl.cus.portal.deadlines.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import pl.cus.portal.deadlines.StaffNotification;
import pl.cus.portal.deadlines.StaffNotifications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
class NotificationService implements StaffNotifications {

    private final NotificationStore store;

    NotificationService(NotificationStore store) {
        this.store = store;
    }

    @Override
    public Flux<StaffNotification> recent(Actor actor, int limit) {
        List<String> roles = roles(actor);
        return roles.isEmpty() ? Flux.empty() : store.recent(roles, Math.clamp(limit, 1, 200));
    }

    @Override
    public Mono<Long> unreadCount(Actor actor) {
        List<String> roles = roles(actor);
        return roles.isEmpty() ? Mono.just(0L) : store.unreadCount(roles);
    }

    @Override
    public Mono<Void> markRead(Actor actor, UUID notificationId) {
        List<String> roles = roles(actor);
        return store.markRead(notificationId, roles.isEmpty() ? List.of("-") : roles, actor.id())
                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound("No such notification")))
                .then();
    }

    private static List<String> roles(Actor actor) {
        StaffPolicy.requireStaff(actor);
        return actor.roles().stream()
                .filter(Role::isStaff)
                .map(Role::name)
                .sorted()
                .toList();
    }
}
