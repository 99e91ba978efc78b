package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;

/** The entrance of the resident's own pages: signed-out people sign in first, staff get a polite explanation. */
final class ResidentGate {

    private ResidentGate() {}

    /** The resident, or empty when the page was rerouted to sign-in or shows the staff notice instead. */
    static Optional<Actor> enter(BeforeEnterEvent event, HasComponents page) {
        Optional<Actor> actor = Actors.current();
        if (actor.isEmpty()) {
            event.rerouteTo("login");
            return Optional.empty();
        }
        if (!actor.get().isResident()) {
            page.add(new StaffNotice());
            return Optional.empty();
        }
        return actor;
    }
}
