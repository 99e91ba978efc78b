package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A time the centre waited for the resident, shown beside the deadline.
 *
 * @param note    an optional short note for staff (never in events)
 * @param endedOn {@code null} while the pause lasts
 */
public record DeadlinePause(
        UUID id, UUID applicationId, PauseReason reason, String note, LocalDate startedOn, LocalDate endedOn) {

    public boolean open() {
        return endedOn == null;
    }

    /** Days paused: from the start day to the end day (or {@code today} while open); a pause ended the day it began is 0. */
    public long days(LocalDate today) {
        LocalDate end = endedOn != null ? endedOn : today;
        return Math.max(0, ChronoUnit.DAYS.between(startedOn, end));
    }
}
