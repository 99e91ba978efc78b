package pl.cus.portal.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long each {@link DeadlineRule} is here, and whether deadlines ending on a day off move to the next working
 * day. Immutable and thread-safe.
 *
 * <p>{@code rollForward} mirrors art. 57 § 4 KPA (a time limit ending on a Saturday or a public holiday ends on
 * the next working day). It is off by default: the IPUS deadline is a service standard, not a procedural time
 * limit of an administrative decision, and moving it silently would hide lateness. It never changes a
 * working-day deadline, whose end is a working day already.
 */
public final class DeadlinePolicy {

    private final WorkingDayCalendar calendar;
    private final Map<DeadlineRule, Integer> amounts;
    private final boolean rollForward;

    /**
     * @param calendar        the working-day calendar
     * @param amountOverrides amounts replacing the rules' defaults; rules not in the map keep their default
     * @param rollForward     whether a deadline ending on a weekend or holiday moves to the next working day
     * @throws IllegalArgumentException for nulls (also as keys or values) and amounts the rule's kind rejects
     */
    public DeadlinePolicy(
            WorkingDayCalendar calendar, Map<DeadlineRule, Integer> amountOverrides, boolean rollForward) {
        this.calendar = Require.notNull(calendar, "calendar");
        Require.notNull(amountOverrides, "amount overrides");
        Map<DeadlineRule, Integer> effective = new EnumMap<>(DeadlineRule.class);
        for (DeadlineRule rule : DeadlineRule.values()) {
            effective.put(rule, rule.defaultAmount());
        }
        amountOverrides.forEach((rule, amount) -> {
            Require.notNull(rule, "rule in amount overrides");
            Require.notNull(amount, "amount override for " + rule.id());
            try {
                effective.put(rule, rule.kind().checkAmount(amount));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "Invalid amount override for " + rule.id() + ": " + e.getMessage(), e);
            }
        });
        this.amounts = Collections.unmodifiableMap(effective);
        this.rollForward = rollForward;
    }

    /** A policy on a fresh Polish calendar. */
    public DeadlinePolicy(Map<DeadlineRule, Integer> amountOverrides, boolean rollForward) {
        this(new WorkingDayCalendar(), amountOverrides, rollForward);
    }

    /** Default amounts, no rolling forward. */
    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(Map.of(), false);
    }

    /** The date by which the rule's deadline, started on {@code start}, must be met (inclusive). */
    public LocalDate dueDate(DeadlineRule rule, LocalDate start) {
        return compute(rule, start).due();
    }

    /** Like {@link #dueDate}, also telling the rule's own date and whether it was rolled forward. */
    public DueDate compute(DeadlineRule rule, LocalDate start) {
        Require.notNull(rule, "rule");
        Require.notNull(start, "start");
        int amount = amount(rule);
        try {
            LocalDate nominal = switch (rule.kind()) {
                case CALENDAR_DAYS -> start.plusDays(amount);
                case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
                case DAY_OF_FOLLOWING_MONTH -> {
                    YearMonth next = YearMonth.from(start).plusMonths(1);
                    yield next.atDay(Math.min(amount, next.lengthOfMonth()));
                }
                case MONTHS -> start.plusMonths(amount);
            };
            LocalDate due = rollForward ? calendar.nextWorkingDayOnOrAfter(nominal) : nominal;
            return new DueDate(rule, amount, start, nominal, due);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Start date " + start + " is too far in the future for " + rule.id(), e);
        }
    }

    /** The amount in force for the rule: its override or its default. */
    public int amount(DeadlineRule rule) {
        Integer amount = amounts.get(Require.notNull(rule, "rule"));
        return java.util.Objects.requireNonNull(amount, "every rule has an amount");
    }

    /** The amounts in force for every rule, unmodifiable. */
    public Map<DeadlineRule, Integer> amounts() {
        return amounts;
    }

    public boolean rollForward() {
        return rollForward;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    @Override
    public String toString() {
        return "DeadlinePolicy[amounts=" + amounts + ", rollForward=" + rollForward + "]";
    }
}
