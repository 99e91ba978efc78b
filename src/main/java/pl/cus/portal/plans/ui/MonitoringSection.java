package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanPage;
import pl.cus.portal.shared.ui.FieldErrors;
import pl.cus.portal.shared.ui.Formats;

/** The coordinator's monitoring notes while the plan is in force (art. 45 ust. 1), and the form for a new one. */
class MonitoringSection extends Section {

    MonitoringSection(PlanPageContext context, PlanLifecycle lifecycle, PlanPage page) {
        setId("plan-monitoring-section");
        add(new H2(getTranslation("plans.monitoring.title")));
        if (page.may().note()) {
            add(form(context, lifecycle));
        } else if (!page.plan().closed() && page.plan().preparedOn() == null) {
            add(new Paragraph(getTranslation("plans.monitoring.not-yet")));
        }
        if (page.notes().isEmpty()) {
            add(new Paragraph(getTranslation("plans.monitoring.none")));
        } else {
            Formats formats = Formats.of(getLocale());
            var list = new UnorderedList();
            list.setId("plan-notes");
            page.notes()
                    .forEach(note -> list.add(new ListItem(getTranslation(
                            "plans.monitoring.item", formats.date(note.notedOn()), note.author(), note.text()))));
            add(list);
        }
    }

    private Section form(PlanPageContext context, PlanLifecycle lifecycle) {
        var on = new DatePicker(getTranslation("plans.monitoring.date"));
        on.setId("monitoring-date");
        on.setMax(context.today());
        var text = new TextArea(getTranslation("plans.monitoring.text"));
        text.setId("monitoring-text");
        text.setWidthFull();
        var binder = new Binder<>(PlanForms.Note.class);
        binder.forField(on).bind("notedOn");
        binder.forField(text).bind("text");
        binder.readRecord(new PlanForms.Note(context.today(), ""));
        var save = new Button(getTranslation("plans.monitoring.save"), click -> {
            var note = PlanForms.written(binder);
            var fields = FieldErrors.none().with("notedOn", on).with("text", text);
            if (context.calls()
                    .succeeded(
                            lifecycle.note(context.actor(), context.id(), note.notedOn(), note.text()),
                            context.feedback(),
                            fields)) {
                context.done(getTranslation("plans.monitoring.saved"));
            }
        });
        save.setId("monitoring-save");
        return new Section(on, text, save);
    }
}
