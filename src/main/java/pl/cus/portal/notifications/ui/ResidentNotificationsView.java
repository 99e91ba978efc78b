package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/** A resident's notifications. */
@Route(value = NotificationsPage.RESIDENT, layout = ResidentLayout.class)
@PermitAll
class ResidentNotificationsView extends Div implements HasDynamicTitle {

    ResidentNotificationsView(NotificationInbox inbox, ServiceCalls calls) {
        add(new NotificationsPage(inbox, calls, Actors.current().orElseThrow()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
