package pl.cus.portal.deadlines.internal;

import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;

/** Who may do what with deadlines. Every staff role reads; those who hold cases record pauses. */
final class StaffPolicy {

    private StaffPolicy() {
    }

    static Actor requireStaff(Actor actor) {
        if (actor == null || !actor.isStaff()) {
            throw new DomainException.Forbidden("Deadlines are for the centre's staff.");
        }
        return actor;
    }

    static Actor requireCaseHolder(Actor actor) {
        requireStaff(actor);
        if (!actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT, Role.ORGANISER)) {
            throw new DomainException.Forbidden("Only coordinators, family assistants and organisers record pauses.");
        }
        return actor;
    }
}
