package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import pl.cus.portal.intake.StatusChange;
import pl.cus.portal.shared.ui.Formats;

/** The application's status changes, oldest first, with their notes. */
class CaseHistorySection extends TitledSection {

    CaseHistorySection(List<StatusChange> history, Locale locale) {
        super("case-history", "triage.history.title");
        var formats = Formats.of(locale);
        var list = new OrderedList();
        for (StatusChange change : history) {
            var item = new ListItem(getTranslation(
                    "triage.history.item",
                    formats.dateTime(change.at()),
                    getTranslation("triage.status." + change.status().name())));
            if (change.note() != null) {
                var note = new Paragraph(change.note());
                note.addClassName("preserve-lines");
                item.add(note);
            }
            list.add(item);
        }
        add(list);
    }
}
