package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanPage;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.PlanWarning;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.ui.Formats;

/** Where the plan stands: the current version, agreement, approval, the change request, warnings, the closure. */
class PlanStateSection extends Section {

    PlanStateSection(PlanPageContext context, Plans plans, PlanPage page) {
        add(new H2(getTranslation("plans.editor.state")));
        Plan plan = page.plan();
        if (plan == null) {
            add(new Paragraph(getTranslation("plans.editor.none")));
            return;
        }
        Formats formats = Formats.of(getLocale());
        PlanVersion v = plan.current();
        add(new Paragraph(
                getTranslation("plans.editor.version", v.number(), formats.date(v.from()), formats.date(v.to()))));
        add(new Paragraph(
                plan.agreed()
                        ? getTranslation("plans.editor.agreed", formats.date(v.agreedOn()))
                        : getTranslation("plans.editor.not-agreed")));
        add(new Paragraph(
                plan.approved()
                        ? getTranslation("plans.editor.approved", formats.date(v.approvedOn()))
                        : getTranslation("plans.editor.not-approved")));
        if (plan.preparedOn() != null) {
            add(new Paragraph(getTranslation("plans.editor.prepared", formats.date(plan.preparedOn()))));
        }
        if (plan.changeRequest() != null) {
            var request = new Paragraph(getTranslation("plans.editor.change-request", plan.changeRequest()));
            request.setId("plan-change-request");
            add(request);
        }
        if (!plan.warnings().isEmpty()) {
            add(warnings(plan.warnings()));
        }
        if (plan.closed()) {
            var closed = new Paragraph(getTranslation(
                    "plans.editor.closed",
                    formats.date(plan.closure().closedOn()),
                    getTranslation("plans.outcome." + plan.closure().outcome().name())));
            closed.setId("plan-closed");
            add(closed);
        }
        if (page.may().approve()) {
            var approve = new Button(getTranslation("plans.editor.approve"), click -> {
                if (context.calls().succeeded(plans.approve(context.actor(), context.id()), context.feedback())) {
                    context.done(getTranslation("plans.editor.approved-now"));
                }
            });
            approve.setId("plan-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(approve);
        }
    }

    private Div warnings(List<PlanWarning> warnings) {
        var box = new Div(new H3(getTranslation("plans.editor.warnings")));
        box.setId("plan-warnings");
        box.addClassName("plans-warnings");
        var list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(getTranslation("plans.warning." + w.code()) + " " + w.message())));
        box.add(list);
        return box;
    }
}
