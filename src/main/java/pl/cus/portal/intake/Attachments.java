package pl.cus.portal.intake;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/** Supporting documents: PDF, JPEG or PNG, recognised by content, within the configured size limit. */
public interface Attachments {

    /**
     * Checks and stores a file for the resident's next application.
     *
     * @throws pl.cus.portal.shared.InvalidInput for field {@code file}: wrong type (by content), empty, or too large
     * @throws UploadQuotaExceeded when the resident already keeps the most files (or bytes) allowed outside submitted
     *                             applications
     */
    Mono<AttachmentInfo> upload(Actor resident, String fileName, byte[] content);

    /** The file, for its owner (and, later, staff with access to the application); NotFound otherwise. */
    Mono<AttachmentContent> download(Actor actor, AttachmentId id);

    /**
     * Deletes the resident's own file that is not part of a submitted application (so it no longer counts against
     * the quota); NotFound for anyone else's file, an attached one, or an unknown id.
     */
    Mono<Void> remove(Actor resident, AttachmentId id);

    record AttachmentContent(AttachmentInfo info, byte[] content) {}
}
