package pl.cus.portal.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The deadlines service other modules use: due dates under the centre's configured policy, and a deadline's state
 * today. "Today" is the centre's date from the injected clock, never the server's default zone.
 *
 * <p>Immutable and thread-safe. Built by the module's configuration; other modules only inject it.
 */
public final class Deadlines {

    private final DeadlinePolicy policy;
    private final Clock clock;
    private final int dueSoonDays;

    /**
     * @throws IllegalArgumentException for nulls or a negative {@code dueSoonDays}
     */
    public Deadlines(DeadlinePolicy policy, Clock clock, int dueSoonDays) {
        this.policy = Require.notNull(policy, "policy");
        this.clock = Require.notNull(clock, "clock");
        this.dueSoonDays = Require.notNegative(dueSoonDays, "dueSoonDays");
    }

    /** When the individual plan (IPUS) for an application submitted on that day is due. */
    public LocalDate planDueDate(LocalDate submittedOn) {
        return policy.dueDate(DeadlineRule.IPUS_PLAN, submittedOn);
    }

    /** The rule's due date from {@code start}, with the detail needed to explain it. */
    public DueDate preview(DeadlineRule rule, LocalDate start) {
        return policy.compute(rule, start);
    }

    /** Where the deadline stands today; see {@link DeadlineStates#evaluate}. */
    public DeadlineState stateOf(LocalDate due, Optional<LocalDate> metOn, boolean closed) {
        return DeadlineStates.evaluate(due, today(), metOn, closed, dueSoonDays);
    }

    /** The first day after today on which the state changes by time alone; see {@link DeadlineStates#nextChange}. */
    public Optional<LocalDate> nextChange(LocalDate due, Optional<LocalDate> metOn, boolean closed) {
        return DeadlineStates.nextChange(due, today(), metOn, closed, dueSoonDays);
    }

    /** How many days before the due date an open deadline counts as due soon. */
    public int dueSoonDays() {
        return dueSoonDays;
    }

    /** The centre's date today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
