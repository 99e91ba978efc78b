package pl.cus.portal.intake.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Intake settings ({@code cus.intake.*}); see docs/configuration.md.
 *
 * @param maxAttachmentSize largest file accepted as an attachment
 * @param maxAttachments    most files on one application
 * @param maxDrafts         most unfinished applications kept for one resident
 */
@ConfigurationProperties("cus.intake")
public record IntakeProperties(
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("5") int maxAttachments,
        @DefaultValue("20") int maxDrafts) {

    public IntakeProperties {
        if (maxAttachmentSize.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    "cus.intake.max-attachment-size must be positive, was " + maxAttachmentSize);
        }
        if (maxAttachments < 0 || maxDrafts < 1) {
            throw new IllegalArgumentException(
                    "cus.intake.max-attachments must be 0 or more and cus.intake.max-drafts 1 or more");
        }
    }
}
