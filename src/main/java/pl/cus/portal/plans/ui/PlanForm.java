package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanPeriods;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;

/**
 * The plan editor for its writers: the period, the services from the catalogue (provider, place and schedule for
 * each), the goals and, for a new version, the reason. {@link Plans#save} checks it; refusals land on the fields.
 */
class PlanForm extends Section {

    private final PlanPageContext context;
    private final Plans plans;
    private final List<ServiceSummary> offered;
    private final Binder<PlanForms.Terms> binder = new Binder<>(PlanForms.Terms.class);
    private final DatePicker from = new DatePicker(getTranslation("plans.editor.from"));
    private final DatePicker to = new DatePicker(getTranslation("plans.editor.to"));
    private final TextArea goals = new TextArea(getTranslation("plans.editor.goals"));
    private final TextField reason = new TextField(getTranslation("plans.editor.reason"));
    private final Div itemList = new Div();
    private final List<PlanItemRow> rows = new ArrayList<>();

    /** The form for {@code plan}'s current version, or an empty one while there is no plan. */
    PlanForm(PlanPageContext context, Plans plans, Plan plan, List<ServiceSummary> offered) {
        this.context = context;
        this.plans = plans;
        this.offered = offered;
        from.setId("plan-from");
        to.setId("plan-to");
        from.addValueChangeListener(change -> limits(change.getValue()));
        goals.setId("plan-goals");
        goals.setHelperText(getTranslation("plans.editor.goals-help"));
        goals.setWidthFull();
        reason.setId("plan-reason");
        reason.setHelperText(getTranslation("plans.editor.reason-help"));
        reason.setWidthFull();
        binder.forField(from).bind("from");
        binder.forField(to).bind("to");
        binder.forField(goals).bind("goals");
        binder.forField(reason).bind("reason");
        var add = new Button(getTranslation("plans.editor.add-service"), click -> addRow(null));
        add.setId("plan-add-service");
        var save = new Button(getTranslation("plans.editor.save"), click -> save());
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (plan != null) {
            var current = plan.current();
            binder.readRecord(new PlanForms.Terms(current.from(), current.to(), current.goals(), null));
            current.items().forEach(this::addRow);
        } else {
            addRow(null);
        }
        add(
                new H2(getTranslation("plans.editor.write")),
                from,
                to,
                new H3(getTranslation("plans.editor.services")),
                itemList,
                add,
                goals,
                reason,
                save);
    }

    /** The "to" picker offers only allowed ends: 3 to 12 months, both ends counted. */
    private void limits(LocalDate start) {
        if (start == null) {
            to.setMin(null);
            to.setMax(null);
            to.setHelperText(null);
            return;
        }
        LocalDate earliest = PlanPeriods.earliestEnd(start);
        LocalDate latest = PlanPeriods.latestEnd(start);
        to.setMin(earliest);
        to.setMax(latest);
        Formats formats = Formats.of(getLocale());
        to.setHelperText(getTranslation("plans.editor.to-help", formats.date(earliest), formats.date(latest)));
    }

    private void addRow(PlanItem item) {
        var row = new PlanItemRow(rows.size(), offered, item);
        rows.add(row);
        itemList.add(row);
    }

    private List<PlanItemRow> visible() {
        return rows.stream().filter(row -> row.getParent().isPresent()).toList();
    }

    private void save() {
        var terms = PlanForms.written(binder);
        List<PlanItemRow> visible = visible();
        var draft = new PlanDraft(
                terms.from(),
                terms.to(),
                visible.stream().map(PlanItemRow::item).toList(),
                terms.goals(),
                terms.reason());
        var fields = FieldErrors.none()
                .with("from", from)
                .with("to", to)
                .with("goals", goals)
                .with("reason", reason);
        for (int i = 0; i < visible.size(); i++) {
            visible.get(i).named(fields, i);
        }
        context.calls()
                .attempt(plans.save(context.actor(), context.id(), draft), context.feedback(), fields)
                .ifPresent(saved -> context.done(
                        getTranslation("plans.editor.saved", saved.current().number())));
    }
}
