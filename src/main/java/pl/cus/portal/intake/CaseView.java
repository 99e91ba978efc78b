package pl.cus.portal.intake;

/**
 * An application as a member of staff may see it: always the summary; the full application only when the policy
 * allows it (assigned to them, or organiser and director). See docs/access-policy.md.
 *
 * @param details {@code null} when the caller sees only the minimal triage view
 */
public record CaseView(CaseSummary summary, ApplicationView details) {

    public boolean isFull() {
        return details != null;
    }
}
