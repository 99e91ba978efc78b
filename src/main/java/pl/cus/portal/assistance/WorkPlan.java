package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The work plan with the family (plan pracy z rodziną): goals in the family's words, each with its actions. */
public record WorkPlan(List<Goal> goals) {

    public WorkPlan {
        goals = Lists.copyWithoutNulls("goals", goals);
    }

    /** The plan with a new goal (its id is given when saved) and no actions yet. */
    public WorkPlan withGoal(String title) {
        List<Goal> next = new ArrayList<>(goals);
        next.add(new Goal(null, title, List.of()));
        return new WorkPlan(next);
    }

    /** The plan with {@code action} appended to the goal with {@code goalId}. */
    public WorkPlan withAction(UUID goalId, Action action) {
        return new WorkPlan(goals.stream()
                .map(goal -> {
                    if (!goal.id().equals(goalId)) {
                        return goal;
                    }
                    List<Action> actions = new ArrayList<>(goal.actions());
                    actions.add(action);
                    return new Goal(goal.id(), goal.title(), actions);
                })
                .toList());
    }

    /** The plan with the status of one action (by the positions of its goal and of the action) changed. */
    public WorkPlan withStatus(int goalIndex, int actionIndex, ActionStatus status) {
        List<Goal> next = new ArrayList<>(goals);
        Goal goal = next.get(goalIndex);
        List<Action> actions = new ArrayList<>(goal.actions());
        Action action = actions.get(actionIndex);
        actions.set(actionIndex, new Action(action.what(), action.who(), action.byWhen(), status));
        next.set(goalIndex, new Goal(goal.id(), goal.title(), actions));
        return new WorkPlan(next);
    }

    /** A goal; its id is kept across saves so that visits can name the goals they worked on. */
    public record Goal(UUID id, String title, List<Action> actions) {
        public Goal {
            actions = Lists.copyWithoutNulls("actions", actions);
        }
    }

    /** One action: what, who does it, by when, and where it stands. */
    public record Action(String what, String who, LocalDate byWhen, ActionStatus status) {}

    public enum ActionStatus {
        PLANNED,
        IN_PROGRESS,
        DONE,
        DROPPED
    }
}
