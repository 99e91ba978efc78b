package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import pl.cus.portal.assistance.WorkPlan;

/** A new action for one of the work plan's goals: what, who does it, by when. */
class ActionForm extends Div {

    /** The action as typed, for the chosen goal. */
    public record Input(WorkPlan.Goal goal, String what, String who, LocalDate byWhen) {

        WorkPlan.Action action() {
            return new WorkPlan.Action(what, who, byWhen, WorkPlan.ActionStatus.PLANNED);
        }
    }

    ActionForm(AssistancePage page, WorkPlan plan) {
        var goal = new Select<WorkPlan.Goal>();
        goal.setId("plan-action-goal");
        goal.setLabel(getTranslation("assistance.plan.action-goal"));
        goal.setItems(plan.goals());
        goal.setItemLabelGenerator(WorkPlan.Goal::title);
        var what = Fields.text("plan-action-what", getTranslation("assistance.plan.what"));
        var who = Fields.text("plan-action-who", getTranslation("assistance.plan.who"));
        var byWhen = Fields.date("plan-action-by", getTranslation("assistance.plan.by-when"), getLocale(), null);
        var binder = new Binder<>(Input.class);
        binder.forField(goal).bind("goal");
        binder.forField(what).bind("what");
        binder.forField(who).bind("who");
        binder.forField(byWhen).bind("byWhen");
        binder.readRecord(new Input(plan.goals().getFirst(), "", "", null));
        add(
                new H3(getTranslation("assistance.plan.add-action")),
                goal,
                what,
                who,
                byWhen,
                Fields.button("plan-action-add", getTranslation("assistance.plan.add-action"), () -> {
                    Input input = Fields.written(binder);
                    page.save(
                            page.assistance()
                                    .saveWorkPlan(
                                            page.actor(),
                                            page.id(),
                                            plan.withAction(input.goal().id(), input.action())),
                            getTranslation("assistance.plan.saved"));
                }));
    }
}
