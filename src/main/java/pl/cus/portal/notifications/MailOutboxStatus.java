package pl.cus.portal.notifications;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/** The mail outbox's state for the administrator's view (docs/notifications.md, "Outbox state"). */
public interface MailOutboxStatus {

    /** Counts by state, the oldest wait and the latest error: administrators only ({@link pl.cus.portal.shared.DomainException.Forbidden}). */
    Mono<OutboxSummary> summary(Actor admin);
}
