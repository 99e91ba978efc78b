package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;

/** One line of the pauses report: how long the centre waited for the resident on one application, in total. */
public record PausedDays(
        UUID applicationId,
        String reference,
        LocalDate dueDate,
        DeadlineState state,
        int pauses,
        long pausedDays,
        boolean pausedNow) {}
