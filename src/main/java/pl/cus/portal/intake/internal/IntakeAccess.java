package pl.cus.portal.intake.internal;

import org.springframework.stereotype.Component;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.internal.CasePolicy.Sight;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/**
 * Who may do what with applications. Residents act on their own applications only; staff follow {@link CasePolicy}
 * (docs/access-policy.md). Someone else's application is reported exactly like one that does not exist, and a refused
 * staff read is recorded in the audit trail (in its own transaction, so the refusal stays logged).
 */
@Component
class IntakeAccess {

    private final ApplicationStore applications;
    private final AuditTrail audit;

    IntakeAccess(ApplicationStore applications, AuditTrail audit) {
        this.applications = applications;
        this.audit = audit;
    }

    /** An application with what the member of staff may see of it. */
    record Seen(Application application, Sight sight) {}

    /** Only residents apply, keep drafts and upload files; staff act in the back office. */
    void requireResident(Actor actor) {
        if (!actor.isResident()) {
            throw new DomainException.Forbidden("Only residents can do this; staff work in the back office.");
        }
    }

    /** Coordinators, family assistants, the organiser and the director; not administrators, who see no case contents. */
    void requireCaseReader(Actor actor) {
        if (!actor.isStaff()) {
            throw new DomainException.Forbidden("Only staff can do this.");
        }
        if (!CasePolicy.readsCases(actor)) {
            throw new DomainException.Forbidden(
                    "Administrators manage the catalogue and accounts; they do not read applications.");
        }
    }

    /** The resident's own application; NotFound for an unknown id and for someone else's alike. */
    Mono<Application> own(Actor resident, ApplicationId id) {
        return Mono.defer(() -> {
            requireResident(resident);
            return applications
                    .find(id)
                    .filter(found -> found.residentId().equals(resident.id()))
                    .switchIfEmpty(Mono.error(() -> notFound(id)));
        });
    }

    /**
     * The application and how much of it the member of staff sees: at least the summary. NotFound (logged as DENIED)
     * when they may not see it at all; Forbidden (logged too) for administrators.
     */
    Mono<Seen> forStaff(Actor staff, ApplicationId id, String what) {
        return Mono.defer(() -> {
            if (!staff.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Only staff can do this."));
            }
            return applications
                    .find(id)
                    .switchIfEmpty(Mono.error(() -> notFound(id)))
                    .flatMap(app -> {
                        if (!CasePolicy.readsCases(staff)) {
                            return denied(staff, app, what)
                                    .then(
                                            Mono.error(
                                                    () -> new DomainException.Forbidden(
                                                            "Administrators manage the catalogue and accounts; they do not read applications.")));
                        }
                        Sight sight = CasePolicy.sight(staff, app.assigneeId());
                        return sight == Sight.NONE
                                ? denied(staff, app, what).then(Mono.error(() -> notFound(id)))
                                : Mono.just(new Seen(app, sight));
                    });
        });
    }

    /**
     * The application in full (details, messages, files), for the assignee, the organiser and the director. NotFound
     * when the caller may not see it; Forbidden when they see only its summary. Both are logged as DENIED.
     */
    Mono<Application> fullForStaff(Actor staff, ApplicationId id, String what) {
        return forStaff(staff, id, what)
                .flatMap(seen -> seen.sight() == Sight.FULL
                        ? Mono.just(seen.application())
                        : denied(staff, seen.application(), what)
                                .then(Mono.error(() -> new DomainException.Forbidden(
                                        "Only the assignee, the organiser and the director see this application's "
                                                + what + "."))));
    }

    /** Own for a resident; in full for staff with access to it. The thread, attachments and similar follow this. */
    Mono<Application> readable(Actor actor, ApplicationId id, String what) {
        return actor.isStaff() ? fullForStaff(actor, id, what) : own(actor, id);
    }

    Mono<Void> denied(Actor staff, Application app, String what) {
        return audit.record(staff, AuditAction.DENIED, app.id().value(), app.reference(), what)
                .then();
    }

    static DomainException.NotFound notFound(Object id) {
        return new DomainException.NotFound("No application " + id + " found.");
    }
}
