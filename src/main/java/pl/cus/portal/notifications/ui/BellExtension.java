package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.HeaderExtension;
import pl.cus.portal.shared.ui.ServiceCalls;

/** Puts the notification bell into both layouts' headers. */
@org.springframework.stereotype.Component
class BellExtension implements HeaderExtension {

    private final NotificationInbox inbox;
    private final ServiceCalls calls;

    BellExtension(NotificationInbox inbox, ServiceCalls calls) {
        this.inbox = inbox;
        this.calls = calls;
    }

    @Override
    public Optional<Component> create(Actor actor, boolean staff) {
        return NotificationBell.of(inbox, calls, actor, staff);
    }
}
