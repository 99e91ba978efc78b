package pl.cus.portal.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * One message in an application's thread.
 *
 * @param fromCentre true when a member of staff wrote it, false when the resident did
 * @param authorName the writer's display name
 */
public record ApplicationMessage(
        UUID id, ApplicationId applicationId, boolean fromCentre, String authorName, String text, Instant sentAt) {}
