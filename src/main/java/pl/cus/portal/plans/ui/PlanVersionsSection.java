package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.shared.ui.Formats;

/** Every version of the plan, oldest first, with who wrote it, why it changed and its services. */
class PlanVersionsSection extends Section {

    PlanVersionsSection(List<PlanVersion> versions) {
        add(new H2(getTranslation("plans.editor.versions")));
        Formats formats = Formats.of(getLocale());
        var list = new OrderedList();
        list.setId("plan-versions");
        for (PlanVersion v : versions) {
            var entry = new ListItem(getTranslation(
                    "plans.editor.version-line",
                    v.number(),
                    formats.date(v.from()),
                    formats.date(v.to()),
                    v.writtenBy()));
            if (v.reason() != null) {
                entry.add(new Paragraph(getTranslation("plans.editor.version-reason", v.reason())));
            }
            var services = new UnorderedList();
            v.items()
                    .forEach(item -> services.add(new ListItem(item.serviceName() + " — " + item.provider() + ", "
                            + item.place() + ", " + item.schedule())));
            entry.add(services);
            list.add(entry);
        }
        add(list);
    }
}
