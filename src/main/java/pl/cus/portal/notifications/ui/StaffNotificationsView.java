package pl.cus.portal.notifications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import pl.cus.portal.notifications.NotificationInbox;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/** A staff member's own notifications. */
@Route(value = NotificationsPage.STAFF, layout = StaffLayout.class)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR", "ADMIN"})
class StaffNotificationsView extends Div implements HasDynamicTitle {

    StaffNotificationsView(NotificationInbox inbox, ServiceCalls calls) {
        add(new NotificationsPage(inbox, calls, Actors.current().orElseThrow()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
