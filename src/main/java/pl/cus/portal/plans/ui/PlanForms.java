package pl.cus.portal.plans.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDate;

/**
 * The records the plan pages' forms bind with a {@link Binder} (besides the module's own {@link
 * pl.cus.portal.plans.ClosureRecord} and {@link pl.cus.portal.plans.PlanRenewal}). Public because the binder builds
 * them by reflection. The forms check nothing in the browser: the services do, and their refusals land on the fields.
 */
public final class PlanForms {

    /** The editor's fields besides the services. */
    public record Terms(LocalDate from, LocalDate to, String goals, String reason) {}

    /** A monitoring note. */
    public record Note(LocalDate notedOn, String text) {}

    /** The meeting form's fields besides the participants and the agreements. */
    public record MeetingNotes(
            LocalDate heldOn,
            String goingWell,
            String concerns,
            String options,
            String chosenServices,
            LocalDate nextMeetingOn) {}

    private PlanForms() {}

    /** The record the form's fields hold now. */
    static <T> T written(Binder<T> binder) {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("The plan forms have no validators of their own", e);
        }
    }
}
