package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.shared.ui.Formats;

/** The end of the assistance and the monitoring after it; the forms for the assistant who may write. */
class EndSection extends Section {

    EndSection(AssistancePage page, AssistanceCase c, boolean mayWrite) {
        setId("assistance-end");
        addClassName("assistance-section");
        add(new H2(getTranslation("assistance.end.title")));
        Formats formats = Formats.of(getLocale());
        Ending e = c.ending();
        if (e == null) {
            add(new Paragraph(getTranslation("assistance.end.running")));
            if (mayWrite) {
                add(new EndForm(page));
            }
            return;
        }
        add(
                new Paragraph(getTranslation(
                        "assistance.end.ended",
                        formats.date(e.endedOn()),
                        getTranslation("assistance.end.reason." + e.reason().name())
                                + (e.reasonText() == null ? "" : " (" + e.reasonText() + ")"))),
                new Paragraph(getTranslation("assistance.end.monitoring-until", formats.date(e.monitoringUntil()))),
                new H3(getTranslation("assistance.monitoring.title")));
        var notes = new UnorderedList();
        c.monitoringNotes().forEach(n -> notes.add(new ListItem(formats.date(n.on()) + ": " + n.text())));
        if (c.monitoringNotes().isEmpty()) {
            notes.add(new ListItem(getTranslation("assistance.monitoring.none")));
        }
        add(notes);
        if (mayWrite) {
            add(new MonitoringForm(page));
        }
    }
}
