package pl.cus.portal.calendar;

/**
 * The deadlines the product tracks, with their default lengths and where each comes from.
 *
 * <p>Ids are stable: they are stored with the data and used in configuration and URLs, so a constant may be
 * renamed in code only if its id stays. The sources are short citations of the Polish documents (the local
 * family-assistant procedure cited is the Zbąszynek one of 2024, the model the product follows), shown as is.
 */
public enum DeadlineRule {

    /** IPUS prepared after the application (within 30 days). */
    IPUS_PLAN("IPUS_PLAN", DeadlineKind.CALENDAR_DAYS, 30, "art. 40 ustawy o realizowaniu usług społecznych przez CUS"),
    /** Documents handed to the family assistant after the plan's approval. */
    FA_DOCUMENTS(
            "FA_DOCUMENTS", DeadlineKind.CALENDAR_DAYS, 3, "procedura asystenta rodziny (OPS Zbąszynek 2024), pkt 3"),
    /** The assistant starts work after receiving the documents. */
    FA_START("FA_START", DeadlineKind.CALENDAR_DAYS, 10, "procedura asystenta rodziny (OPS Zbąszynek 2024), pkt 4"),
    /** The assistant starts work when a court ordered the assistance. */
    FA_START_COURT(
            "FA_START_COURT", DeadlineKind.CALENDAR_DAYS, 5, "procedura asystenta rodziny (OPS Zbąszynek 2024), pkt 5"),
    /** The family reports a change of its situation. */
    FA_CHANGE_REPORT(
            "FA_CHANGE_REPORT",
            DeadlineKind.CALENDAR_DAYS,
            7,
            "procedura asystenta rodziny (OPS Zbąszynek 2024), pkt 12"),
    /** The longest gap between two meetings with the family (one meeting every two weeks). */
    FA_VISIT_INTERVAL(
            "FA_VISIT_INTERVAL",
            DeadlineKind.WORKING_DAYS,
            10,
            "zarządzenie dyrektora MOPS Katowice (sprawozdanie 2024)"),
    /** The assistant's monthly report, due by the 5th of the following month. */
    FA_MONTHLY_REPORT(
            "FA_MONTHLY_REPORT",
            DeadlineKind.DAY_OF_FOLLOWING_MONTH,
            5,
            "procedura asystenta rodziny (OPS Zbąszynek 2024), pkt 11"),
    /** The periodic assessment of the family's situation, at least every half year. */
    FA_ASSESSMENT(
            "FA_ASSESSMENT",
            DeadlineKind.MONTHS,
            6,
            "art. 15 ust. 1 pkt 15 ustawy o wspieraniu rodziny i systemie pieczy zastępczej");

    private final String id;
    private final DeadlineKind kind;
    private final int defaultAmount;
    private final String source;

    DeadlineRule(String id, DeadlineKind kind, int defaultAmount, String source) {
        this.id = id;
        this.kind = kind;
        this.defaultAmount = kind.checkAmount(defaultAmount);
        this.source = source;
    }

    /**
     * The rule with that id (exact match).
     *
     * @throws UnknownDeadlineRuleException (an {@link IllegalArgumentException}) for a null or unknown id
     */
    public static DeadlineRule byId(String id) {
        for (DeadlineRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new UnknownDeadlineRuleException(id);
    }

    public String id() {
        return id;
    }

    public DeadlineKind kind() {
        return kind;
    }

    public int defaultAmount() {
        return defaultAmount;
    }

    /** The legal or procedural source, as a short Polish citation. */
    public String source() {
        return source;
    }
}
