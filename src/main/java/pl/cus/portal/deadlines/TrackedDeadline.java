package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;

/**
 * An application's plan deadline as the board shows it.
 *
 * @param kind          the application's kind as intake names it ({@code IPUS} or {@code ZA_ZYCIEM})
 * @param coordinatorId {@code null} until the application is assigned
 * @param pauseReason   the open pause's reason, {@code null} when not paused
 */
public record TrackedDeadline(
        UUID applicationId,
        String reference,
        String kind,
        UUID coordinatorId,
        String team,
        LocalDate submittedOn,
        LocalDate dueDate,
        DeadlineState state,
        boolean paused,
        PauseReason pauseReason) {

    /** Days from {@code today} to the due date: 0 on the due date, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueDate);
    }
}
