package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.AttachmentInfo;
import pl.cus.portal.intake.Attachments;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/**
 * Uploads are checked by content and stored under a server-generated id. The owner downloads their files; staff
 * download files of applications they see in full (docs/access-policy.md).
 */
@Service
class AttachmentService implements Attachments {

    private final AttachmentStore store;
    private final IntakeAccess access;
    private final AuditTrail audit;
    private final AttachmentRules rules;
    private final Clock clock;

    AttachmentService(AttachmentStore store, IntakeAccess access, AuditTrail audit, IntakeProperties properties, Clock clock) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.rules = new AttachmentRules(properties.maxAttachmentSize());
        this.clock = clock;
    }

    @Override
    public Mono<AttachmentInfo> upload(Actor resident, String fileName, byte[] content) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            var accepted = rules.check(fileName, content);
            var info = new AttachmentInfo(new AttachmentId(UUID.randomUUID()), accepted.displayName(),
                    accepted.type().mediaType(), content.length, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            return store.insert(info, resident.id(), content).thenReturn(info);
        });
    }

    @Override
    public Mono<AttachmentContent> download(Actor actor, AttachmentId id) {
        // The owner; or staff who see the application in full (assignee, organiser, director), and their read is logged.
        return store.find(id)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMap(found -> {
                    if (found.ownerId().equals(actor.id())) {
                        return Mono.just(found);
                    }
                    if (!actor.isStaff() || found.applicationId() == null) {
                        return Mono.error(notFound(id));
                    }
                    return access.fullForStaff(actor, new ApplicationId(found.applicationId()), "attachment")
                            // A file is not the place to tell someone the application exists: NotFound either way.
                            .onErrorMap(DomainException.Forbidden.class, refused -> notFound(id))
                            .flatMap(app -> audit.record(actor, AuditAction.READ, app.id().value(), app.reference(),
                                    "attachment " + found.info().displayName()))
                            .thenReturn(found);
                })
                .flatMap(found -> store.content(id).map(bytes -> new AttachmentContent(found.info(), bytes)));
    }

    private static DomainException.NotFound notFound(AttachmentId id) {
        return new DomainException.NotFound("No attachment " + id + " found.");
    }
}
