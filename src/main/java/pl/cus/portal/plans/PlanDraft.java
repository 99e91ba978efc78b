package pl.cus.portal.plans;

import java.time.LocalDate;
import java.util.List;

/**
 * What the coordinator writes.
 *
 * @param from   the first day of the plan
 * @param to     the last day (inclusive): the period runs 3 to 12 months
 * @param goals  the goals in the family's own words
 * @param reason why the plan changes: required when the change makes a new version (after agreement or approval)
 */
public record PlanDraft(LocalDate from, LocalDate to, List<PlanItem> items, String goals, String reason) {

    public PlanDraft {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
