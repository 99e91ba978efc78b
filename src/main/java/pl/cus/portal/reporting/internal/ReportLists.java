package pl.cus.portal.reporting.internal;

import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.PauseReason;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.ContactChannel;
import pl.cus.portal.intake.Forwarding;

/**
 * Every value list reporting's SQL uses, derived from the operational modules' enums so that there is one definition
 * (ReportListsTests pins them). Lists are bound as array parameters ({@code status = any(:open)}); a list that has to
 * match a partial index's predicate (V8 {@code tracked_deadline}, V40 {@code application_closed_outcome}) is written
 * into the SQL as literals instead, built from the same enums, because the planner proves such a predicate only
 * from constants.
 */
final class ReportLists {

    static final List<String> KINDS = names(Arrays.asList(ApplicationKind.values()));
    static final List<String> CHANNELS = names(Arrays.asList(ContactChannel.values()));
    static final List<String> PAUSE_REASONS = names(Arrays.asList(PauseReason.values()));
    static final List<String> DESTINATIONS = names(Arrays.asList(Forwarding.Destination.values()));

    /** Where a forwarding recorded before destinations were kept is counted. */
    static final String UNKNOWN_DESTINATION = Forwarding.Destination.OTHER_MUNICIPAL_UNIT.name();

    /** Intake's open statuses ({@link ApplicationStatus#OPEN}), for {@code status = any(:open)}. */
    static final String[] OPEN = ApplicationStatus.names(ApplicationStatus.OPEN);

    static final String FORWARDED = ApplicationStatus.FORWARDED.name();
    static final String NOT_QUALIFIED = ApplicationStatus.NOT_QUALIFIED.name();
    static final String WITHDRAWN = ApplicationStatus.WITHDRAWN.name();

    /** {@link ApplicationStatus#DECIDED} as SQL literals: forwarded and refused, for the outcome index. */
    static final String DECIDED_SQL = literals(ApplicationStatus.DECIDED);

    /** {@link ApplicationStatus#ENDED_BEFORE_PLAN} as SQL literals: the outcome index's own predicate. */
    static final String ENDED_BEFORE_PLAN_SQL = literals(ApplicationStatus.ENDED_BEFORE_PLAN);

    /** Deadlines still running (the others are met, met late or closed): V8's partial indexes. */
    static final Set<DeadlineState> RUNNING =
            EnumSet.of(DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.OVERDUE);

    /** Running deadlines the coordinators' meeting discusses whether paused or not. */
    static final Set<DeadlineState> ALERTS = EnumSet.of(DeadlineState.DUE_SOON, DeadlineState.OVERDUE);

    static final String RUNNING_SQL = literals(RUNNING);
    static final String ALERTS_SQL = literals(ALERTS);

    /**
     * The family-assistance end reason counted as completed ({@code assistance.Ending.EndReason#completed()}); every
     * other reason is an interruption ({@link pl.cus.portal.reporting.FamilyAssistanceFigures#INTERRUPTION_REASONS}).
     */
    static final String COMPLETED = "GOALS_REACHED";

    private ReportLists() {}

    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    /** {@code ('A', 'B')}: enum names only, so nothing to escape. */
    static String literals(Set<? extends Enum<?>> values) {
        return values.stream().map(value -> "'" + value.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    static long n(Readable row) {
        Long n = row.get("n", Long.class);
        return n == null ? 0 : n;
    }

    static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, 0L));
        return map;
    }
}
