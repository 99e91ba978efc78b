package pl.cus.portal.notifications.web;

import static pl.cus.portal.shared.web.ApiRequests.body;
import static pl.cus.portal.shared.web.ApiRequests.withId;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import pl.cus.portal.notifications.Notification;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.notifications.NotificationType;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.web.ApiRequests;
import pl.cus.portal.shared.web.ApiRoutes;
import pl.cus.portal.shared.web.PathId;
import reactor.core.publisher.Mono;

/** The caller's own notifications and e-mail preferences under {@code /api/notifications}; see docs/api.md. */
@Component
class NotificationRoutes implements ApiRoutes {

    private static final PathId<UUID> NOTIFICATION = PathId.uuid("id", value -> "No such notification.");

    private final NotificationInbox inbox;

    NotificationRoutes(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET("/notifications", this::list)
                .GET("/notifications/preferences", this::preferences)
                .PUT("/notifications/preferences", this::setPreference)
                .POST("/notifications/{id}/read", this::markRead)
                .build();
    }

    record Item(UUID id, Instant at, NotificationType type, boolean read, UUID applicationId, String reference) {
        static Item of(Notification n) {
            return new Item(n.id(), n.at(), n.type(), n.read(), n.applicationId(), n.reference());
        }
    }

    record PreferenceRequest(String type, Boolean email) {}

    private Mono<ServerResponse> list(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> inbox.mine(actor, 100).map(Item::of).collectList())
                .flatMap(items -> ServerResponse.ok().bodyValue(items));
    }

    private Mono<ServerResponse> markRead(ServerRequest request) {
        return withId(request, NOTIFICATION, inbox::markRead)
                .then(ServerResponse.noContent().build());
    }

    private Mono<ServerResponse> preferences(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(inbox::preferences)
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private Mono<ServerResponse> setPreference(ServerRequest request) {
        return ApiRequests.requireActor(request)
                .flatMap(actor -> body(
                                request,
                                PreferenceRequest.class,
                                () -> InvalidInput.of(
                                        "type", "notifications.error.type", "Choose a notification type."))
                        .flatMap(body -> {
                            if (body.email() == null) {
                                return Mono.error(InvalidInput.of(
                                        "email", "notifications.error.email", "Say whether e-mails are on."));
                            }
                            return inbox.setEmail(actor, type(body.type()), body.email());
                        }))
                .flatMap(list -> ServerResponse.ok().bodyValue(list));
    }

    private static NotificationType type(String name) {
        try {
            return name == null ? null : NotificationType.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
