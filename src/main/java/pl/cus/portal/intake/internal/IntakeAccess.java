package pl.cus.portal.intake.internal;

import org.springframework.stereotype.Component;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/**
 * Who may do what with applications: the one place to tighten when record-level access arrives with triage (for now
 * any staff role may read any application and write to its thread). Residents act on their own applications only;
 * someone else's application is reported exactly like one that does not exist.
 */
@Component
class IntakeAccess {

    private final ApplicationStore applications;

    IntakeAccess(ApplicationStore applications) {
        this.applications = applications;
    }

    /** Only residents apply, keep drafts and upload files; staff act in the back office. */
    void requireResident(Actor actor) {
        if (!actor.isResident()) {
            throw new DomainException.Forbidden("Only residents can do this; staff work in the back office.");
        }
    }

    void requireStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new DomainException.Forbidden("Only staff can do this.");
        }
    }

    /** The resident's own application; NotFound for an unknown id and for someone else's alike. */
    Mono<StoredApplication> own(Actor resident, ApplicationId id) {
        return Mono.defer(() -> {
            requireResident(resident);
            return applications.find(id).filter(found -> found.residentId().equals(resident.id()))
                    .switchIfEmpty(Mono.error(() -> notFound(id)));
        });
    }

    /** An application staff may read. Any staff role for now: triage will narrow this to the assigned team. */
    Mono<StoredApplication> forStaff(Actor staff, ApplicationId id) {
        return Mono.defer(() -> {
            requireStaff(staff);
            return applications.find(id).switchIfEmpty(Mono.error(() -> notFound(id)));
        });
    }

    /** Own for a resident, readable for staff; the thread, attachments and similar follow this. */
    Mono<StoredApplication> readable(Actor actor, ApplicationId id) {
        return actor.isStaff() ? forStaff(actor, id) : own(actor, id);
    }

    static DomainException.NotFound notFound(Object id) {
        return new DomainException.NotFound("No application " + id + " found.");
    }
}
