package pl.cus.portal.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The work plan with the family (plan pracy z rodziną): goals in the family's words, each with its actions. */
public record WorkPlan(List<Goal> goals) {

    public WorkPlan {
        goals = Lists.copyWithoutNulls("goals", goals);
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
