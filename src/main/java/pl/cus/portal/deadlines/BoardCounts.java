package pl.cus.portal.deadlines;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import pl.cus.portal.calendar.DeadlineState;

/**
 * Counts per state for the board: open deadlines all of them, finished ones (MET, MET_LATE, CLOSED) only those
 * finished in the last {@code finishedWindowDays} days, so the counts stay about current work.
 */
public record BoardCounts(Map<DeadlineState, Long> counts, int finishedWindowDays) {

    public BoardCounts {
        Map<DeadlineState, Long> all = new EnumMap<>(DeadlineState.class);
        for (DeadlineState state : DeadlineState.values()) {
            all.put(state, counts.getOrDefault(state, 0L));
        }
        counts = Collections.unmodifiableMap(all);
    }

    public long of(DeadlineState state) {
        return counts.get(state);
    }
}
