package pl.cus.portal.triage;

import pl.cus.portal.shared.Role;

/**
 * One person's active cases (assigned, not yet forwarded, refused, withdrawn or closed).
 *
 * @param limit the most they may hold at a time ({@code cus.triage.family-assistant-limit} for family assistants),
 *              {@code null} for no limit
 */
public record Workload(StaffProfile profile, int activeCases, Integer limit) {

    public boolean full() {
        return limit != null && activeCases >= limit;
    }

    public Role role() {
        return profile.role();
    }
}
