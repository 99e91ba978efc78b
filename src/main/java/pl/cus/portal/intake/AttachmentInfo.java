package pl.cus.portal.intake;

import java.time.Instant;

/**
 * A stored attachment. {@code displayName} is the resident's file name cleaned for display only; files are stored
 * under server-generated names. {@code mediaType} is what the content turned out to be, not what the name claimed.
 */
public record AttachmentInfo(AttachmentId id, String displayName, String mediaType, long size, Instant uploadedAt) {}
