package pl.cus.portal.audit;

/** What someone did with a record. Reads are what residents see in their access log; the rest is for the organiser. */
public enum AuditAction {
    /** Opened the record's details (or its messages or files). */
    READ,
    /** Tried to open a record the policy does not let them see; refused. */
    DENIED,
    ASSIGNED,
    REASSIGNED,
    ASSESSED,
    FORWARDED,
    NOT_QUALIFIED,
    WITHDRAWN,
    MESSAGE_SENT
}
