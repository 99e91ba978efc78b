package pl.cus.portal.intake;

/** Why a family asks for "Za życiem" support (art. 4 and 8 of the act of 4 November 2016). */
public enum Situation {
    PREGNANCY,
    PREGNANCY_COMPLICATED,
    /** A child diagnosed before or at birth with a severe, irreversible impairment or a life-threatening illness. */
    CHILD_SEVERE_ILLNESS,
    PERINATAL_LOSS,
    CHILD_DISABILITY
}
