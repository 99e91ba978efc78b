package pl.cus.portal.intake;

/** How the resident wants the centre to get in touch. */
public enum ContactChannel {
    EMAIL,
    PHONE,
    /** Only through messages in the portal. */
    PORTAL
}
