package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.audit.AuditTrail;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.AttachmentInfo;
import pl.cus.portal.intake.Attachments;
import pl.cus.portal.intake.UploadQuotaExceeded;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/**
 * Uploads are checked by content and stored under a server-generated id. The owner downloads their files; staff
 * download files of applications they see in full (docs/access-policy.md). Files not yet part of a submitted
 * application count against a per-resident quota ({@link UploadLimits}); the count and the insert run in one
 * transaction under the resident's advisory lock, so parallel uploads cannot pass the quota together.
 */
@Service
class AttachmentService implements Attachments {

    private final AttachmentStore store;
    private final IntakeAccess access;
    private final AuditTrail audit;
    private final AttachmentRules rules;
    private final Clock clock;
    private final TransactionalOperator transactions;
    private final UploadLimits limits;

    AttachmentService(
            AttachmentStore store,
            IntakeAccess access,
            AuditTrail audit,
            IntakeProperties properties,
            Clock clock,
            TransactionalOperator transactions,
            UploadLimits limits) {
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.rules = new AttachmentRules(properties.maxAttachmentSize());
        this.clock = clock;
        this.transactions = transactions;
        this.limits = limits;
    }

    @Override
    public Mono<AttachmentInfo> upload(Actor resident, String fileName, byte[] content) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            var accepted = rules.check(fileName, content);
            var info = new AttachmentInfo(
                    new AttachmentId(UUID.randomUUID()),
                    accepted.displayName(),
                    accepted.type().mediaType(),
                    content.length,
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            return store.lockOwner(resident.id())
                    .then(store.unattachedUsage(resident.id()))
                    .flatMap(usage -> withinQuota(usage, content.length))
                    .then(store.insert(info, resident.id(), content))
                    .as(transactions::transactional)
                    .thenReturn(info);
        });
    }

    private Mono<Void> withinQuota(AttachmentStore.Usage usage, long size) {
        if (usage.files() + 1 > limits.maxUnattachedFiles()) {
            return Mono.error(new UploadQuotaExceeded(
                    UploadQuotaExceeded.Limit.FILES,
                    limits.maxUnattachedFiles(),
                    AttachmentRules.describe(limits.maxUnattachedSize())));
        }
        if (usage.bytes() + size > limits.maxUnattachedSize().toBytes()) {
            return Mono.error(new UploadQuotaExceeded(
                    UploadQuotaExceeded.Limit.SIZE,
                    limits.maxUnattachedFiles(),
                    AttachmentRules.describe(limits.maxUnattachedSize())));
        }
        return Mono.empty();
    }

    @Override
    public Mono<Void> remove(Actor resident, AttachmentId id) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            return store.deleteUnattached(id, resident.id())
                    .flatMap(count -> count == 1 ? Mono.<Void>empty() : Mono.error(notFound(id)));
        });
    }

    @Override
    public Mono<AttachmentContent> download(Actor actor, AttachmentId id) {
        // The owner; or staff who see the application in full (assignee, organiser, director), and their read is
        // logged.
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
                            .flatMap(app -> audit.record(
                                    actor,
                                    AuditAction.READ,
                                    app.id().value(),
                                    app.reference(),
                                    "attachment " + found.info().displayName()))
                            .thenReturn(found);
                })
                .flatMap(found -> store.content(id).map(bytes -> new AttachmentContent(found.info(), bytes)));
    }

    private static DomainException.NotFound notFound(AttachmentId id) {
        return new DomainException.NotFound("No attachment " + id + " found.");
    }
}
