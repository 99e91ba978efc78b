package pl.cus.portal.intake;

import java.util.Set;
import java.util.UUID;

/**
 * Filters for staff lists. Every field is optional ({@code null} or empty means any).
 *
 * @param statuses   e.g. {@code SUBMITTED} for the triage queue ("NEW" in the API)
 * @param unassigned only applications nobody has taken
 * @param assigneeId only those assigned to this member of staff ("my cases")
 * @param text       matches the reference, a service name or the district
 */
public record CaseQuery(Set<ApplicationStatus> statuses, Boolean unassigned, UUID assigneeId, ApplicationKind kind,
        String district, String language, String text) {

    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static CaseQuery all() {
        return new CaseQuery(Set.of(), null, null, null, null, null, null);
    }
}
