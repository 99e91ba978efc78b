package pl.cus.portal.assistance.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/**
 * Who may do what with a family's assistance, under intake's case policy: staff reach the case through
 * {@link BackOfficeApplications#open} (the read is logged once per call); those who see it in full (the assigned
 * assistant, the organiser, the director) read; only the family assistant the open application is assigned to
 * writes. Pages ask {@link #mayWrite} instead of deciding it themselves.
 */
@Component
class AssistanceAccess {

    private final BackOfficeApplications backOffice;

    AssistanceAccess(BackOfficeApplications backOffice) {
        this.backOffice = backOffice;
    }

    /** The case for staff who see it in full; Forbidden for others than staff, NotFound for staff who may not. */
    Mono<CaseView> readable(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> {
            if (actor == null || !actor.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Family assistance is read in the back office."));
            }
            return backOffice
                    .open(actor, id, purpose)
                    .flatMap(view -> view.isFull()
                            ? Mono.just(view)
                            : Mono.error(new DomainException.NotFound("No application " + id + " found.")));
        });
    }

    /** The case for its assigned family assistant while the application is open; Forbidden or Conflict otherwise. */
    Mono<CaseView> writable(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> {
            if (actor == null || !actor.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Only the family's assistant writes here."));
            }
            return readable(actor, id, purpose).flatMap(view -> {
                if (!assignedAssistant(actor, view)) {
                    return Mono.error(new DomainException.Forbidden(
                            "Only the family assistant assigned to the case writes here."));
                }
                if (!view.summary().status().isOpen()) {
                    return Mono.error(
                            new DomainException.Conflict("assistance.error.closed", "The application is closed."));
                }
                return Mono.just(view);
            });
        });
    }

    /** Whether {@code actor} may change the family's assistance of the case they read in full. */
    static boolean mayWrite(Actor actor, CaseView view) {
        return assignedAssistant(actor, view) && view.summary().status().isOpen();
    }

    /** Whether {@code actor} reads the time limits of a family whose row names {@code assistantId}, unlogged. */
    static boolean readsLimitsOf(Actor actor, UUID assistantId) {
        return assistantId.equals(actor.id()) || actor.hasAny(Role.ORGANISER, Role.DIRECTOR);
    }

    private static boolean assignedAssistant(Actor actor, CaseView view) {
        var assignee = view.summary().assignee();
        return actor.has(Role.FAMILY_ASSISTANT)
                && assignee != null
                && assignee.id().equals(actor.id());
    }
}
