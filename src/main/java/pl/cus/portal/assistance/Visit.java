package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A visit or other contact with the family, as logged in the work card. */
public record Visit(UUID id, LocalDate on, Kind kind, int durationMinutes, String notes, List<UUID> goalIds) {

    public Visit {
        goalIds = Lists.copyWithoutNulls("goalIds", goalIds);
    }

    public enum Kind {
        HOME_VISIT,
        PHONE,
        OFFICE,
        OTHER
    }
}
