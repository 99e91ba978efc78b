package pl.cus.portal.deadlines;

import java.time.LocalDate;
import java.util.UUID;

/** Where the next board page starts (keyset paging): after this due date and application id. */
public record BoardCursor(LocalDate dueDate, UUID applicationId) {

    public static BoardCursor after(TrackedDeadline last) {
        return new BoardCursor(last.dueDate(), last.applicationId());
    }
}
