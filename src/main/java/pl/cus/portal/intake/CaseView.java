package pl.cus.portal.intake;

/**
 * An application as a member of staff may see it: always the summary; the full application only when the policy
 * allows it (assigned to them, or organiser and director). See docs/access-policy.md.
 *
 * @param details {@code null} when the caller sees only the minimal triage view
 * @param may what the caller may do with the application, as intake's access policy decided when opening it
 */
public record CaseView(CaseSummary summary, ApplicationView details, Capabilities may) {

    public boolean isFull() {
        return details != null;
    }

    /**
     * What the member of staff who opened the case may do with it. Views show actions by these answers and never
     * re-derive the rules from roles; the services still check every action.
     *
     * @param act assess, forward, refuse and write to the resident (the assignee or the organiser)
     * @param assign assign the application to anyone (the organiser)
     * @param take take the unassigned application for themselves from the queue (staff of the kind's role)
     * @param assignedToViewer the application is assigned to the member of staff who opened it
     * @param familyAssistance open the family-assistance record of the case ("Za życiem", or a family assistant)
     */
    public record Capabilities(
            boolean act, boolean assign, boolean take, boolean assignedToViewer, boolean familyAssistance) {

        public static Capabilities none() {
            return new Capabilities(false, false, false, false, false);
        }
    }
}
