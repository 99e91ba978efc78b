package pl.cus.portal.deadlines;

/** Why the centre is waiting for the resident. A closed list, so that no free text reaches the event log. */
public enum PauseReason {
    /** A document the centre needs is missing. */
    MISSING_DOCUMENTS,
    /** The centre asked something and is waiting for the answer. */
    AWAITING_ANSWER,
    /** The resident asked the centre to wait. */
    RESIDENT_ASKED_TO_WAIT,
    /** Any other reason (the note says which). */
    OTHER
}
