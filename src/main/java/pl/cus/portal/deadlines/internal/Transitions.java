package pl.cus.portal.deadlines.internal;

import org.springframework.stereotype.Component;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.DeadlineStateChanged;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/**
 * What goes with a state change, in the same transaction: the organisers' notice when a deadline turns overdue,
 * and the {@link DeadlineStateChanged} event (which the caller appends last, as the event log asks).
 */
@Component
class Transitions {

    private final NotificationStore notifications;

    Transitions(NotificationStore notifications) {
        this.notifications = notifications;
    }

    Mono<DeadlineStateChanged> record(DeadlineState from, Tracked after) {
        var event = new DeadlineStateChanged(after.applicationId(), from, after.state(), after.dueDate());
        if (after.state() == DeadlineState.OVERDUE && from != DeadlineState.OVERDUE) {
            return notifications
                    .insert(
                            Role.ORGANISER.name(),
                            NotificationStore.OVERDUE_KEY,
                            after.reference(),
                            after.applicationId())
                    .thenReturn(event);
        }
        return Mono.just(event);
    }
}
