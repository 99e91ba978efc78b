package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.data.binder.Binder;
import pl.cus.portal.assistance.WorkPlan;

/** A new goal of the work plan, in the family's words. */
class GoalForm extends Div {

    /** The goal as typed. */
    public record Input(String title) {}

    GoalForm(AssistancePage page, WorkPlan plan) {
        var title = Fields.text("plan-goal-title", getTranslation("assistance.plan.goal"));
        title.setWidthFull();
        var binder = new Binder<>(Input.class);
        binder.forField(title).bind("title");
        add(
                new H3(getTranslation("assistance.plan.add-goal")),
                title,
                Fields.button(
                        "plan-goal-add",
                        getTranslation("assistance.plan.add-goal"),
                        () -> page.save(
                                page.assistance()
                                        .saveWorkPlan(
                                                page.actor(),
                                                page.id(),
                                                plan.withGoal(
                                                        Fields.written(binder).title())),
                                getTranslation("assistance.plan.saved"))));
    }
}
