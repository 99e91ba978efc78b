package pl.cus.portal.calendar;

/** Where a deadline stands on a given day; see {@link DeadlineStates#evaluate}. */
public enum DeadlineState {
    /** Open, and more than the due-soon window away from the due date. */
    ON_TRACK,
    /** Open, due within the due-soon window (the due date included). */
    DUE_SOON,
    /** Open, and the due date has passed. */
    OVERDUE,
    /** Met on or before the due date. */
    MET,
    /** Met, but after the due date. */
    MET_LATE,
    /** The case was closed without the deadline being tracked further (withdrawn, forwarded elsewhere, ...). */
    CLOSED
}
