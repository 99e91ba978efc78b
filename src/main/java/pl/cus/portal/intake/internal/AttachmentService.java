package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import pl.cus.portal.intake.AttachmentId;
import pl.cus.portal.intake.AttachmentInfo;
import pl.cus.portal.intake.Attachments;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import reactor.core.publisher.Mono;

/** Uploads are checked by content and stored under a server-generated id; only the owner downloads them for now. */
@Service
class AttachmentService implements Attachments {

    private final AttachmentStore store;
    private final IntakeAccess access;
    private final AttachmentRules rules;
    private final Clock clock;

    AttachmentService(AttachmentStore store, IntakeAccess access, IntakeProperties properties, Clock clock) {
        this.store = store;
        this.access = access;
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
        // Owner only: staff access to files comes with record-level access in triage (see IntakeAccess).
        return store.find(id)
                .filter(found -> found.ownerId().equals(actor.id()))
                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound("No attachment " + id + " found.")))
                .flatMap(found -> store.content(id).map(bytes -> new AttachmentContent(found.info(), bytes)));
    }
}
