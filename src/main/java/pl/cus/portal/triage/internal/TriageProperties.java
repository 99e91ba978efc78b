package pl.cus.portal.triage.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Triage settings ({@code cus.triage.*}); see docs/configuration.md.
 *
 * @param familyAssistantLimit the most active families a family assistant holds at a time (art. 15 ust. 4 ustawy o
 *                             wspieraniu rodziny: 15); assigning one more is refused
 * @param liveRefresh          how long the queue waits after an event for more before it refreshes once
 */
@ConfigurationProperties("cus.triage")
public record TriageProperties(
        @DefaultValue("15") int familyAssistantLimit,
        @DefaultValue("500ms") Duration liveRefresh) {

    public TriageProperties {
        if (familyAssistantLimit < 1) {
            throw new IllegalArgumentException(
                    "cus.triage.family-assistant-limit must be at least 1, was " + familyAssistantLimit);
        }
        if (liveRefresh.isNegative() || liveRefresh.isZero()) {
            throw new IllegalArgumentException("cus.triage.live-refresh must be positive, was " + liveRefresh);
        }
    }
}
