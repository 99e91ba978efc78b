package pl.cus.portal.plans.internal;

import org.springframework.stereotype.Component;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanCapabilities;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Mono;

/**
 * The plans' access policy, on top of the case access policy of intake: staff reach a case through
 * {@link BackOfficeApplications#open} (which logs the read), residents through {@link Applications#mine}. The
 * assigned coordinator and the organiser write while the case is open; the director approves. Pages ask
 * {@link #capabilities} rather than deciding themselves.
 */
@Component
class PlanAccess {

    private final BackOfficeApplications backOffice;
    private final Applications applications;

    PlanAccess(BackOfficeApplications backOffice, Applications applications) {
        this.backOffice = backOffice;
        this.applications = applications;
    }

    /** The case for a writer (assigned coordinator or organiser) on an open case they see in full. */
    Mono<CaseView> writable(Actor actor, ApplicationId id, String purpose, String notStaff) {
        return Mono.defer(() -> actor.isStaff()
                ? backOffice.open(actor, id, purpose).flatMap(view -> writable(actor, view))
                : Mono.error(new DomainException.Forbidden(notStaff)));
    }

    private static Mono<CaseView> writable(Actor actor, CaseView view) {
        if (!view.isFull()) {
            return Mono.error(new DomainException.NotFound(
                    "No application " + view.summary().id() + " found."));
        }
        if (!writer(actor, view.summary())) {
            return Mono.error(new DomainException.Forbidden(
                    "Only the coordinator assigned to the case or the organiser writes the plan."));
        }
        if (!view.summary().status().isOpen()) {
            return Mono.error(new DomainException.Conflict(
                    "plans.error.closed", "The application is closed; no plan can be written."));
        }
        return Mono.just(view);
    }

    /** Staff who see the case in full (the read is logged by intake), or the resident who owns it. */
    Mono<Void> readable(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> actor.isStaff()
                ? staffView(actor, id, purpose).then()
                : applications.mine(actor, id).then());
    }

    /** The case for staff who read the plan; residents receive only the agreements of meetings. */
    Mono<CaseView> staffReader(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> actor.isStaff()
                ? staffView(actor, id, purpose)
                : Mono.error(new DomainException.Forbidden(
                        "The protocol stays in the case file; the agreements are in the plan.")));
    }

    /** The resident who owns the application. */
    Mono<Void> owner(Actor resident, ApplicationId id) {
        return applications.mine(resident, id).then();
    }

    /** The director, on a case they see. */
    Mono<Void> director(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> actor.has(Role.DIRECTOR)
                ? backOffice.open(actor, id, purpose).then()
                : Mono.error(new DomainException.Forbidden("Only the director approves plans.")));
    }

    private Mono<CaseView> staffView(Actor actor, ApplicationId id, String purpose) {
        return backOffice
                .open(actor, id, purpose)
                .flatMap(view -> view.isFull()
                        ? Mono.just(view)
                        : Mono.error(new DomainException.NotFound("No application " + id + " found.")));
    }

    /** The assigned coordinator or the organiser. */
    static boolean writer(Actor actor, CaseSummary summary) {
        var assignee = summary.assignee();
        return actor.has(Role.ORGANISER) || assignee != null && assignee.id().equals(actor.id());
    }

    /** What {@code actor} may do with the case's plan ({@code null} while none was written) in its state now. */
    static PlanCapabilities capabilities(Actor actor, CaseSummary summary, Plan plan) {
        boolean write = writer(actor, summary) && summary.status().isOpen() && (plan == null || !plan.closed());
        boolean approve = actor.has(Role.DIRECTOR) && plan != null && !plan.approved() && !plan.closed();
        return new PlanCapabilities(
                write,
                approve,
                write && plan != null && plan.inForce(),
                write && plan != null && plan.renewable(),
                write && plan != null && plan.inForce());
    }
}
