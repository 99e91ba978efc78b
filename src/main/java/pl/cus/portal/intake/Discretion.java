package pl.cus.portal.intake;

/** Discreet-contact wishes the centre must honour in every message and letter. */
public enum Discretion {
    NO_PHONE_CALLS,
    NO_LETTERS_HOME,
    /** Envelopes, e-mails and texts carry a neutral sender name, not the centre's. */
    NEUTRAL_SENDER
}
