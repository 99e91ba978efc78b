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
 * @param limit      at most this many, the oldest first (a screen's first page); {@code null} for all
 */
public record CaseQuery(
        Set<ApplicationStatus> statuses,
        Boolean unassigned,
        UUID assigneeId,
        ApplicationKind kind,
        String district,
        String language,
        String text,
        Integer limit) {

    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public CaseQuery(
            Set<ApplicationStatus> statuses,
            Boolean unassigned,
            UUID assigneeId,
            ApplicationKind kind,
            String district,
            String language,
            String text) {
        this(statuses, unassigned, assigneeId, kind, district, language, text, null);
    }

    public CaseQuery limitedTo(Integer max) {
        return new CaseQuery(statuses, unassigned, assigneeId, kind, district, language, text, max);
    }

    public static CaseQuery all() {
        return new CaseQuery(Set.of(), null, null, null, null, null, null);
    }
}
