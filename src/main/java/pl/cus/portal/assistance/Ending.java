package pl.cus.portal.assistance;

import java.time.LocalDate;

/**
 * The end of the assistance and the monitoring after it (2 to 6 months).
 *
 * @param reasonText required for {@link EndReason#OTHER}, optional otherwise
 */
public record Ending(LocalDate endedOn, EndReason reason, String reasonText, LocalDate monitoringUntil) {

    public enum EndReason {
        GOALS_REACHED,
        NO_COOPERATION_OR_RESIGNATION,
        MOVED_AWAY,
        OTHER;

        /** Counted as completed (zakończona) or interrupted (przerwana) in the centre's statistics. */
        public boolean completed() {
            return this == GOALS_REACHED;
        }
    }
}
