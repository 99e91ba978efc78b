package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanPage;
import pl.cus.portal.plans.PlanPeriods;
import pl.cus.portal.plans.PlanRenewal;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;

/** Renewal of a plan in force for a further period of 3 to 12 months from the day after its end. */
class RenewalSection extends Section {

    RenewalSection(PlanPageContext context, PlanLifecycle lifecycle, PlanPage page) {
        setId("plan-renewal-section");
        add(new H2(getTranslation("plans.renewal.title")));
        if (page.plan().closed() || !page.may().write()) {
            add(new Paragraph(
                    getTranslation(page.plan().closed() ? "plans.renewal.closed" : "plans.renewal.readonly")));
        } else if (!page.may().renew()) {
            add(new Paragraph(getTranslation("plans.renewal.not-yet")));
        } else {
            form(
                    context,
                    lifecycle,
                    PlanPeriods.renewalStart(page.plan().current().to()));
        }
    }

    private void form(PlanPageContext context, PlanLifecycle lifecycle, LocalDate start) {
        Formats formats = Formats.of(getLocale());
        add(new Paragraph(getTranslation("plans.renewal.intro", formats.date(start))));
        var to = new DatePicker(getTranslation("plans.renewal.to"));
        to.setId("renewal-to");
        LocalDate earliest = PlanPeriods.earliestEnd(start);
        LocalDate latest = PlanPeriods.latestEnd(start);
        to.setMin(earliest);
        to.setMax(latest);
        to.setHelperText(getTranslation("plans.editor.to-help", formats.date(earliest), formats.date(latest)));
        var goals = new TextArea(getTranslation("plans.renewal.goals"));
        goals.setId("renewal-goals");
        goals.setHelperText(getTranslation("plans.renewal.goals-help"));
        goals.setWidthFull();
        var reason = new TextField(getTranslation("plans.renewal.reason"));
        reason.setId("renewal-reason");
        reason.setWidthFull();
        var binder = new Binder<>(PlanRenewal.class);
        binder.forField(to).bind("to");
        binder.forField(goals).bind("goals");
        binder.forField(reason).bind("reason");
        var renew = new Button(getTranslation("plans.renewal.save"), click -> {
            var fields = FieldErrors.none().with("to", to).with("goals", goals).with("reason", reason);
            var renewal = PlanForms.written(binder);
            if (context.calls()
                    .succeeded(lifecycle.renew(context.actor(), context.id(), renewal), context.feedback(), fields)) {
                context.done(getTranslation("plans.renewal.saved"));
            }
        });
        renew.setId("renewal-save");
        add(to, goals, reason, renew);
    }
}
