package pl.cus.portal.intake.internal;

import java.util.UUID;
import org.springframework.stereotype.Service;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.internal.CasePolicy.Sight;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.CaseAccess;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/** {@link CaseAccess} for modules intake depends on (deadlines): {@link CasePolicy} through {@link IntakeAccess}. */
@Service
class CaseAccessService implements CaseAccess {

    private final ApplicationStore applications;
    private final IntakeAccess access;
    private final AuditTrail audit;

    CaseAccessService(ApplicationStore applications, IntakeAccess access, AuditTrail audit) {
        this.applications = applications;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public Mono<Rights> rights(Actor staff, UUID caseId) {
        if (staff == null || !staff.isStaff() || !CasePolicy.readsCases(staff)) {
            return Mono.just(Rights.none());
        }
        return applications
                .find(new ApplicationId(caseId))
                .map(app -> new Rights(
                        CasePolicy.sight(staff, app.assigneeId()) == Sight.FULL,
                        CasePolicy.actsOn(staff, app.assigneeId())))
                .defaultIfEmpty(Rights.none());
    }

    @Override
    public Mono<Void> read(Actor staff, UUID caseId, String purpose) {
        return access.fullForStaff(staff, new ApplicationId(caseId), purpose)
                .flatMap(app -> audit.record(staff, AuditAction.READ, app.id().value(), app.reference(), purpose))
                .then();
    }

    @Override
    public Mono<Void> act(Actor staff, UUID caseId, String what) {
        return access.forStaff(staff, new ApplicationId(caseId), what)
                .flatMap(seen -> CasePolicy.actsOn(staff, seen.application().assigneeId())
                        ? Mono.<Void>empty()
                        : access.denied(staff, seen.application(), what)
                                .then(Mono.error(() -> new DomainException.Forbidden(
                                        "Only the assignee or the organiser can do this: " + what + "."))));
    }
}
