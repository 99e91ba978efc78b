package pl.cus.portal.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The coordinators' quarterly meeting (art. 46 ust. 2): every open case with its plan and deadline state, and what to
 * discuss (overdue, due soon, paused, the resident asked for changes).
 *
 * @param quarter the quarter of {@code asOf}
 */
public record MeetingPack(LocalDate asOf, ReportPeriod quarter, List<OpenPlan> plans, long total) {

    public MeetingPack {
        plans = List.copyOf(plans);
    }

    public List<OpenPlan> toDiscuss() {
        return plans.stream().filter(plan -> !plan.issues().isEmpty()).toList();
    }

    public long count(Issue issue) {
        return plans.stream().filter(plan -> plan.issues().contains(issue)).count();
    }

    public enum Issue {
        OVERDUE,
        DUE_SOON,
        PAUSED,
        CHANGE_REQUESTED
    }

    /**
     * @param deadlineState the plan deadline's state from the deadline tracking ({@code ON_TRACK}, {@code DUE_SOON},
     *                      {@code OVERDUE}, {@code MET}, {@code MET_LATE}); {@code null} when not tracked
     * @param planTo        the end of the plan's current version, when there is a plan
     */
    public record OpenPlan(
            UUID applicationId,
            String reference,
            String kind,
            String status,
            String coordinator,
            LocalDate submittedOn,
            LocalDate dueDate,
            String deadlineState,
            LocalDate planPreparedOn,
            LocalDate planTo,
            List<Issue> issues) {

        public OpenPlan {
            issues = List.copyOf(issues);
        }
    }
}
