package pl.cus.portal.intake;

/** The two ways to apply. */
public enum ApplicationKind {
    /** Services from a programme, or an individual plan of social services (art. 36 ustawy o CUS). */
    IPUS,
    /** A family assistant as coordinator of support under the "Za życiem" act; no home interview, no income questions. */
    ZA_ZYCIEM
}
