package pl.cus.portal.calendar;

/**
 * How a deadline's amount is counted from its start date, and which amounts make sense for it.
 *
 * <p>The upper bounds are about ten years: no rule in the domain comes near them, and they stop a mistyped
 * configuration value from producing an absurd date (or a very long working-day count).
 */
public enum DeadlineKind {

    /** The start day is not counted: N days from D is D + N. */
    CALENDAR_DAYS(3660),
    /** The N-th working day after the start day. */
    WORKING_DAYS(2600),
    /** The N-th day of the month after the start's month, or that month's last day when it is shorter. */
    DAY_OF_FOLLOWING_MONTH(31),
    /** The same day of the month N months later, or that month's last day when the day does not exist. */
    MONTHS(120);

    private final int maxAmount;

    DeadlineKind(int maxAmount) {
        this.maxAmount = maxAmount;
    }

    public int minAmount() {
        return 1;
    }

    public int maxAmount() {
        return maxAmount;
    }

    /**
     * @throws IllegalArgumentException when the amount is outside {@code [minAmount, maxAmount]}
     */
    public int checkAmount(int amount) {
        if (amount < minAmount() || amount > maxAmount) {
            throw new IllegalArgumentException("Amount for a " + name() + " deadline must be between " + minAmount()
                    + " and " + maxAmount + ", was " + amount);
        }
        return amount;
    }
}
