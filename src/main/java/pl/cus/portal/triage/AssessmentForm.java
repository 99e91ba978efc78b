package pl.cus.portal.triage;

/**
 * What the coordinator writes down after the needs-assessment conversation (art. 37 ustawy o CUS).
 *
 * @param needs            the needs the applicant presented, in the coordinator's notes
 * @param servicesUsed     services the applicant already uses (optional)
 * @param justified        whether the requested services are justified by the needs
 * @param possible         whether they can be provided (programme conditions, places, providers)
 * @param justification    why (optional, required when not justified or not possible)
 * @param feesExplained    whether fees and discounts were explained
 * @param feesNote         what was said about fees and discounts (optional)
 * @param outcome          what follows
 */
public record AssessmentForm(
        String needs,
        String servicesUsed,
        Boolean justified,
        Boolean possible,
        String justification,
        Boolean feesExplained,
        String feesNote,
        AssessmentOutcome outcome) {

    /** Longest text accepted in any field, in characters. */
    public static final int MAX_TEXT = 4000;
}
