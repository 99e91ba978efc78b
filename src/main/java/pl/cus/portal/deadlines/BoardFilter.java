package pl.cus.portal.deadlines;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;

/**
 * What the deadline board shows. Nulls mean "any". The list holds open deadlines only (ON_TRACK, DUE_SOON, OVERDUE),
 * so {@code states} narrows within those.
 */
public record BoardFilter(UUID coordinatorId, String team, String kind, Set<DeadlineState> states) {

    public static final Set<DeadlineState> OPEN =
            Set.copyOf(EnumSet.of(DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.OVERDUE));

    public BoardFilter {
        team = team == null || team.isBlank() ? null : team;
        kind = kind == null || kind.isBlank() ? null : kind;
        states = states == null || states.isEmpty()
                ? OPEN
                : Set.copyOf(states.stream().filter(OPEN::contains).toList());
    }

    public static BoardFilter all() {
        return new BoardFilter(null, null, null, null);
    }
}
