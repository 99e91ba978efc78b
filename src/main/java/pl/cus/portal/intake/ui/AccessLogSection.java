package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.audit.AccessEntry;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;

/** "Who in the centre looked at your application, and when": the resident can check who read their matter. */
class AccessLogSection extends Section {

    AccessLogSection(ServiceCalls calls, Applications applications, Actor resident, ApplicationId id) {
        setId("matter-access-log");
        addClassName("access-log");
        add(new H2(getTranslation("intake.access.title")), new Paragraph(getTranslation("intake.access.lead")));
        List<AccessEntry> entries = calls.list(applications.accessLog(resident, id));
        var formats = Formats.of(getLocale());
        var list = new UnorderedList();
        if (entries.isEmpty()) {
            list.add(new ListItem(getTranslation("intake.access.none")));
        } else {
            for (AccessEntry entry : entries) {
                String role = entry.role() == null
                        ? ""
                        : getTranslation("role." + entry.role().name());
                String text = getTranslation("intake.access.entry", formats.dateTime(entry.at()), entry.who(), role);
                var item = new ListItem(text);
                if (entry.purpose() != null && !entry.purpose().isBlank()) {
                    item.add(new Paragraph(getTranslation("intake.access.purpose", entry.purpose())));
                }
                list.add(item);
            }
        }
        add(list);
    }
}
