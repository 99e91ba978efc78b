package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Set;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.shared.ui.FieldErrors;

/** A visit or other contact: when, what kind, how long, the goals worked on, notes. */
class VisitForm extends Div {

    /** The visit as typed. */
    public record Input(LocalDate on, Visit.Kind kind, Integer minutes, Set<WorkPlan.Goal> goals, String notes) {

        Visit visit() {
            return new Visit(
                    null,
                    on,
                    kind,
                    minutes == null ? 0 : minutes,
                    notes,
                    goals.stream().map(WorkPlan.Goal::id).toList());
        }
    }

    VisitForm(AssistancePage page, AssistanceCase c) {
        var on = Fields.date("visit-date", getTranslation("assistance.visits.date"), getLocale(), page.today());
        on.setMax(page.today());
        on.setMin(c.consentOn());
        var kind = new Select<Visit.Kind>();
        kind.setId("visit-kind");
        kind.setLabel(getTranslation("assistance.visits.kind"));
        kind.setItems(Visit.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("assistance.visit.kind." + k.name()));
        var minutes = new IntegerField(getTranslation("assistance.visits.minutes"));
        minutes.setId("visit-minutes");
        minutes.setMin(1);
        minutes.setMax(1440);
        minutes.setStepButtonsVisible(true);
        var goals = new CheckboxGroup<WorkPlan.Goal>(getTranslation("assistance.visits.goals-label"));
        goals.setId("visit-goals");
        goals.setItems(c.workPlan().goals());
        goals.setItemLabelGenerator(WorkPlan.Goal::title);
        goals.setVisible(!c.workPlan().goals().isEmpty());
        var notes = Fields.area("visit-notes", getTranslation("assistance.visits.notes"));
        var binder = new Binder<>(Input.class);
        binder.forField(on).bind("on");
        binder.forField(kind).bind("kind");
        binder.forField(minutes).bind("minutes");
        binder.forField(goals).bind("goals");
        binder.forField(notes).bind("notes");
        binder.readRecord(new Input(page.today(), Visit.Kind.HOME_VISIT, null, Set.of(), ""));
        var fields = FieldErrors.none()
                .with("on", on)
                .with("durationMinutes", minutes)
                .with("notes", notes)
                .with("goalIds", goals);
        add(
                new H3(getTranslation("assistance.visits.log")),
                new Div(on, kind, minutes),
                goals,
                notes,
                Fields.primary(
                        "visit-save",
                        getTranslation("assistance.visits.save"),
                        () -> page.save(
                                page.assistance()
                                        .logVisit(
                                                page.actor(),
                                                page.id(),
                                                Fields.written(binder).visit()),
                                getTranslation("assistance.visits.saved"),
                                fields)));
    }
}
