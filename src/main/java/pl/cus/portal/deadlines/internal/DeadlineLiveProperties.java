package pl.cus.portal.deadlines.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live tracking settings ({@code cus.deadlines.live.*}); see docs/configuration.md.
 *
 * @param heartbeat          how often the event stream sends a comment to keep idle connections open
 * @param boardCoalesce      a board refreshes at most once per this interval, however many changes arrive
 * @param projectionWait     how long the event stream waits for the projection to reflect an event before sending it
 * @param finishedWindowDays the board counts MET, MET_LATE and CLOSED deadlines finished in this many last days
 * @param reevaluationBatch  rows re-evaluated per transaction at midnight
 */
@ConfigurationProperties("cus.deadlines.live")
public record DeadlineLiveProperties(
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("200ms") Duration boardCoalesce,
        @DefaultValue("2s") Duration projectionWait,
        @DefaultValue("30") int finishedWindowDays,
        @DefaultValue("500") int reevaluationBatch) {

    public DeadlineLiveProperties {
        if (heartbeat.isNegative() || heartbeat.isZero() || heartbeat.compareTo(Duration.ofSeconds(15)) > 0) {
            throw new IllegalArgumentException(
                    "cus.deadlines.live.heartbeat must be more than 0 and at most 15s, was " + heartbeat);
        }
        if (boardCoalesce.isNegative()
                || boardCoalesce.isZero()
                || boardCoalesce.compareTo(Duration.ofSeconds(1)) >= 0) {
            throw new IllegalArgumentException(
                    "cus.deadlines.live.board-coalesce must be more than 0 and under 1s, was " + boardCoalesce);
        }
        if (projectionWait.isNegative()) {
            throw new IllegalArgumentException(
                    "cus.deadlines.live.projection-wait must not be negative, was " + projectionWait);
        }
        if (finishedWindowDays < 1 || finishedWindowDays > 366) {
            throw new IllegalArgumentException(
                    "cus.deadlines.live.finished-window-days must be between 1 and 366, was " + finishedWindowDays);
        }
        if (reevaluationBatch < 1 || reevaluationBatch > 10_000) {
            throw new IllegalArgumentException(
                    "cus.deadlines.live.reevaluation-batch must be between 1 and 10000, was " + reevaluationBatch);
        }
    }

    public static DeadlineLiveProperties defaults() {
        return new DeadlineLiveProperties(
                Duration.ofSeconds(15), Duration.ofMillis(200), Duration.ofSeconds(2), 30, 500);
    }
}
