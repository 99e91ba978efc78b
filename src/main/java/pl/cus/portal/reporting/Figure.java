package pl.cus.portal.reporting;

/**
 * A figure of the summary that can be opened to the list of cases behind it. Some take a key: the kind, channel,
 * month ({@code 2027-03}), pause reason, forwarding destination, {@code serviceId|provider}, or a staff account id.
 */
public enum Figure {
    /** Applications submitted in the period; key: none. */
    RECEIVED,
    /** Applications submitted in the period of one kind; key: {@code IPUS}, {@code ZA_ZYCIEM}. */
    RECEIVED_KIND,
    /** Applications submitted in the period with one contact channel; key: {@code EMAIL}, {@code PHONE}, {@code PORTAL}. */
    RECEIVED_CHANNEL,
    /** Plans prepared (agreed and approved) in the period. */
    PREPARED,
    /** Plans prepared in the period on or before the application's plan due date. */
    ON_TIME,
    /** Plans prepared in the period after the application's plan due date. */
    LATE,
    /** Plans prepared on time in one month; key: {@code YYYY-MM}. */
    MONTH_ON_TIME,
    /** Plans prepared late in one month; key: {@code YYYY-MM}. */
    MONTH_LATE,
    /** Applications with a pause (waiting for the resident) that started in the period; optional key: the reason. */
    PAUSED,
    /** Applications forwarded in the period (art. 38); optional key: the destination. */
    FORWARDED,
    /** Applications refused in the period (qualification conditions not met). */
    REFUSED,
    /** Plans prepared in the period with one service from one provider; key: {@code serviceId|provider}. */
    SERVICE,
    /** A staff member's active cases now; key: the account id. */
    CASELOAD,
    /** Family assistance in force on at least one day of the period (decision 0021). */
    FA_FAMILIES,
    /** Of those, ordered by a court. */
    FA_COURT_ORDERED,
    /** Of those, "Za życiem" cases. */
    FA_ZA_ZYCIEM,
    /** Family assistance ended in the period with the goals reached. */
    FA_COMPLETED,
    /** Family assistance ended in the period for another reason; optional key: the reason. */
    FA_INTERRUPTED;

    /** Whether the figure needs a key to name its cases. */
    public boolean needsKey() {
        return this == RECEIVED_KIND
                || this == RECEIVED_CHANNEL
                || this == MONTH_ON_TIME
                || this == MONTH_LATE
                || this == SERVICE
                || this == CASELOAD;
    }
}
