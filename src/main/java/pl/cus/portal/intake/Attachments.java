package pl.cus.portal.intake;

import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Mono;

/** Supporting documents: PDF, JPEG or PNG, recognised by content, within the configured size limit. */
public interface Attachments {

    /**
     * Checks and stores a file for the resident's next application.
     *
     * @throws pl.cus.portal.shared.InvalidInput for field {@code file}: wrong type (by content), empty, or too large
     */
    Mono<AttachmentInfo> upload(Actor resident, String fileName, byte[] content);

    /** The file, for its owner (and, later, staff with access to the application); NotFound otherwise. */
    Mono<AttachmentContent> download(Actor actor, AttachmentId id);

    record AttachmentContent(AttachmentInfo info, byte[] content) {
    }
}
