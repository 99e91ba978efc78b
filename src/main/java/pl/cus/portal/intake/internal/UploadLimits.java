package pl.cus.portal.intake.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What a resident may keep that is not part of a submitted application, and for how long ({@code cus.intake.limits.*};
 * see docs/configuration.md).
 *
 * @param maxUnattachedFiles  most files not attached to a submitted application, per resident
 * @param maxUnattachedSize   their total size, per resident
 * @param keepUnattachedFiles how long such a file is kept after its upload when no draft of its owner lists it
 * @param keepDrafts          how long a draft is kept after its last change
 * @param cleanupInterval     how often the clean-up runs
 */
@ConfigurationProperties("cus.intake.limits")
public record UploadLimits(
        @DefaultValue("20") int maxUnattachedFiles,
        @DefaultValue("50MB") DataSize maxUnattachedSize,
        @DefaultValue("24h") Duration keepUnattachedFiles,
        @DefaultValue("90d") Duration keepDrafts,
        @DefaultValue("1h") Duration cleanupInterval) {

    public UploadLimits {
        if (maxUnattachedFiles < 1 || maxUnattachedSize.toBytes() <= 0) {
            throw new IllegalArgumentException(
                    "cus.intake.limits.max-unattached-files and max-unattached-size must be positive");
        }
        for (Duration duration : new Duration[] {keepUnattachedFiles, keepDrafts, cleanupInterval}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(
                        "cus.intake.limits: keep-unattached-files, keep-drafts and cleanup-interval must be positive");
            }
        }
    }
}
