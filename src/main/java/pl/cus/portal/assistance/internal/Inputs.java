package pl.cus.portal.assistance.internal;

import java.util.UUID;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.WorkPlan;

/** Valid input as it is kept: texts stripped, blank optional texts absent, new goals with ids, actions with a status. */
final class Inputs {

    private Inputs() {}

    /** The stripped text, or {@code null} for a blank one. */
    static String strip(String value) {
        return Checks.blank(value) ? null : value.strip();
    }

    static InformationCard card(InformationCard card) {
        return new InformationCard(
                card.household().stream()
                        .map(member -> new InformationCard.Member(
                                member.name().strip(), strip(member.relation()), member.birthYear()))
                        .toList(),
                card.situation().strip(),
                strip(card.strengths()),
                strip(card.difficulties()));
    }

    static WorkPlan workPlan(WorkPlan plan) {
        return new WorkPlan(plan.goals().stream()
                .map(goal -> new WorkPlan.Goal(
                        goal.id() == null ? UUID.randomUUID() : goal.id(),
                        goal.title().strip(),
                        goal.actions().stream()
                                .map(action -> new WorkPlan.Action(
                                        action.what().strip(),
                                        action.who().strip(),
                                        action.byWhen(),
                                        action.status() == null ? WorkPlan.ActionStatus.PLANNED : action.status()))
                                .toList()))
                .toList());
    }
}
