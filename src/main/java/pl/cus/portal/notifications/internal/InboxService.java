package pl.cus.portal.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import pl.cus.portal.notifications.MailPreference;
import pl.cus.portal.notifications.Notification;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.notifications.NotificationType;
import pl.cus.portal.notifications.OutboxEntry;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The policy: everyone reads and changes only their own notifications and preferences; the outbox is the admin's. */
@Service
class InboxService implements NotificationInbox {

    /** Checked again at most this often while events arrive, and at least this often as a safety net. */
    private static final Duration SAMPLE = Duration.ofMillis(500);

    private static final Duration SAFETY_NET = Duration.ofSeconds(30);

    private final InboxStore store;
    private final Clock clock;
    private final NotificationProjector projector;
    private final Sinks.Many<UUID> readMarks = Sinks.many().multicast().directBestEffort();

    InboxService(InboxStore store, Clock clock, NotificationProjector projector) {
        this.store = store;
        this.clock = clock;
        this.projector = projector;
    }

    @Override
    public Flux<Long> unreadCounts(Actor actor) {
        Flux<Object> changes = Flux.<Object>merge(
                projector.handled(), readMarks.asFlux().filter(actor.id()::equals), Flux.interval(SAFETY_NET));
        return Flux.concat(Mono.just(0L), changes.sample(SAMPLE).map(any -> 0L))
                .concatMap(tick -> unreadCount(actor).onErrorResume(error -> Mono.empty()), 1)
                .distinctUntilChanged();
    }

    @Override
    public Flux<Notification> mine(Actor actor, int limit) {
        return store.recent(actor.id(), Math.max(1, Math.min(limit, 200)));
    }

    @Override
    public Mono<Long> unreadCount(Actor actor) {
        return store.unread(actor.id());
    }

    @Override
    public Mono<Void> markRead(Actor actor, UUID notificationId) {
        return store.markRead(actor.id(), notificationId, clock.instant())
                .flatMap(found ->
                        found ? Mono.<Void>empty() : Mono.error(new DomainException.NotFound("No such notification.")))
                .doOnSuccess(done -> readMarks.tryEmitNext(actor.id()));
    }

    @Override
    public Mono<List<MailPreference>> preferences(Actor actor) {
        return store.mailSwitches(actor.id())
                .map(switches -> typesFor(actor).stream()
                        .map(type -> new MailPreference(
                                type, type.required() || switches.getOrDefault(type, true), type.required()))
                        .toList());
    }

    @Override
    public Mono<List<MailPreference>> setEmail(Actor actor, NotificationType type, boolean email) {
        if (type == null || !typesFor(actor).contains(type)) {
            return Mono.error(
                    InvalidInput.of("type", "notifications.error.type", "Choose one of your notification types."));
        }
        if (type.required() && !email) {
            return Mono.error(InvalidInput.of(
                    "email", "notifications.error.required", "This notice is required and cannot be switched off."));
        }
        return store.setMailSwitch(actor.id(), type, email).then(preferences(actor));
    }

    @Override
    public Flux<OutboxEntry> outbox(Actor admin, int limit) {
        if (!admin.has(Role.ADMIN)) {
            return Flux.error(new DomainException.Forbidden("Only the administrator sees the mail outbox."));
        }
        return store.outbox(Math.max(1, Math.min(limit, 500)));
    }

    private static List<NotificationType> typesFor(Actor actor) {
        return Arrays.stream(NotificationType.values())
                .filter(type -> type.forStaff() == actor.isStaff())
                .toList();
    }
}
