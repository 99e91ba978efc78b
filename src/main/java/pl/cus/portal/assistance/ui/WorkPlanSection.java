package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.shared.ui.Formats;

/**
 * The work plan: goals with their actions; while the work runs, the assistant changes an action's status in place
 * and adds goals and actions.
 */
class WorkPlanSection extends Section {

    private final AssistancePage page;
    private final WorkPlan plan;

    WorkPlanSection(AssistancePage page, WorkPlan plan, boolean running) {
        this.page = page;
        this.plan = plan;
        setId("assistance-plan");
        addClassName("assistance-section");
        add(new H2(getTranslation("assistance.plan.title")));
        if (plan.goals().isEmpty()) {
            add(new Paragraph(getTranslation("assistance.plan.none")));
        }
        var list = new UnorderedList();
        list.setId("plan-goals");
        for (int g = 0; g < plan.goals().size(); g++) {
            WorkPlan.Goal goal = plan.goals().get(g);
            var actions = new UnorderedList();
            for (int a = 0; a < goal.actions().size(); a++) {
                actions.add(action(g, a, goal.actions().get(a), running));
            }
            list.add(new ListItem(new H3(goal.title()), actions));
        }
        add(list);
        if (running) {
            add(new GoalForm(page, plan));
            if (!plan.goals().isEmpty()) {
                add(new ActionForm(page, plan));
            }
        }
    }

    private ListItem action(int goalIndex, int actionIndex, WorkPlan.Action action, boolean running) {
        var line = new ListItem(getTranslation(
                        "assistance.plan.action",
                        action.what(),
                        action.who(),
                        action.byWhen() == null ? "—" : Formats.of(getLocale()).date(action.byWhen()))
                + " ");
        if (!running) {
            line.add(getTranslation("assistance.plan.status." + action.status().name()));
            return line;
        }
        var status = new Select<WorkPlan.ActionStatus>();
        status.setLabel(getTranslation("assistance.plan.status-of", action.what()));
        status.setItems(WorkPlan.ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("assistance.plan.status." + s.name()));
        status.setValue(action.status());
        status.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                page.save(
                        page.assistance()
                                .saveWorkPlan(
                                        page.actor(),
                                        page.id(),
                                        plan.withStatus(goalIndex, actionIndex, change.getValue())),
                        getTranslation("assistance.plan.saved"));
            }
        });
        line.add(status);
        return line;
    }
}
