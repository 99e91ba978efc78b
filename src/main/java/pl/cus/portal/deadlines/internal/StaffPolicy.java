package pl.cus.portal.deadlines.internal;

import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;

/**
 * Who may do what with deadlines, by role. Every staff role sees the counts; all but the administrator the board's
 * rows; those who hold cases record pauses, on the cases the case access policy lets them act on (PauseService).
 */
final class StaffPolicy {

    private StaffPolicy() {}

    static Actor requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new DomainException.Forbidden("Deadlines are for the centre's staff.");
        }
        return actor;
    }

    /** Every staff role but the administrator, who manages accounts and the catalogue and sees no case data. */
    static Actor requireCaseReader(Actor actor) {
        if (countsOnly(requireStaff(actor))) {
            throw new DomainException.Forbidden("Administrators see the deadline counts only, not the cases.");
        }
        return actor;
    }

    /** Whether the board shows this actor its counts only (the administrator): no rows, names or teams. */
    static boolean countsOnly(Actor actor) {
        return !actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT, Role.ORGANISER, Role.DIRECTOR);
    }
}
