package pl.cus.portal.intake.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Intake settings ({@code cus.intake.*}); see docs/configuration.md.
 *
 * @param maxAttachmentSize largest file accepted as an attachment
 * @param maxAttachments    most files on one application
 * @param maxDrafts         most unfinished applications kept for one resident
 * @param notifications     who notifications come from and how often the outbox is sent
 */
@ConfigurationProperties("cus.intake")
public record IntakeProperties(
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("5") int maxAttachments,
        @DefaultValue("20") int maxDrafts,
        @DefaultValue Notifications notifications) {

    public IntakeProperties {
        if (maxAttachmentSize.toBytes() <= 0) {
            throw new IllegalArgumentException("cus.intake.max-attachment-size must be positive, was " + maxAttachmentSize);
        }
        if (maxAttachments < 0 || maxDrafts < 1) {
            throw new IllegalArgumentException("cus.intake.max-attachments must be 0 or more and cus.intake.max-drafts 1 or more");
        }
    }

    /**
     * @param senderName        the sender shown on e-mails and text messages
     * @param neutralSenderName the sender shown instead to residents who asked for a neutral sender
     * @param sendInterval      how often the outbox is read and sent
     */
    public record Notifications(
            @DefaultValue("Centrum Usług Społecznych") String senderName,
            @DefaultValue("Portal mieszkańca") String neutralSenderName,
            @DefaultValue("10s") Duration sendInterval) {
    }
}
