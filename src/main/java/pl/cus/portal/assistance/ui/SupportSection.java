package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.catalogue.ServiceSummary;

/** The "Za życiem" catalogue of possible support; while the work runs, items are removed and added. */
class SupportSection extends Section {

    SupportSection(AssistancePage page, List<SupportItem> items, boolean running, List<ServiceSummary> offered) {
        setId("assistance-support");
        addClassName("assistance-section");
        add(
                new H2(getTranslation("assistance.support.title")),
                new Paragraph(getTranslation("assistance.support.intro")));
        var list = new UnorderedList();
        list.setId("support-items");
        for (int i = 0; i < items.size(); i++) {
            SupportItem item = items.get(i);
            String text = (item.serviceName() == null ? "" : item.serviceName())
                    + (item.serviceName() != null && item.text() != null ? " — " : "")
                    + (item.text() == null ? "" : item.text());
            var line = new ListItem(text + " ");
            if (running) {
                List<SupportItem> without = new ArrayList<>(items);
                without.remove(i);
                var remove = Fields.button(
                        "support-remove-" + i,
                        getTranslation("assistance.support.remove"),
                        () -> page.save(
                                page.assistance().saveSupportCatalogue(page.actor(), page.id(), without),
                                getTranslation("assistance.support.saved")));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                remove.getElement().setAttribute("aria-label", getTranslation("assistance.support.remove-item", text));
                line.add(remove);
            }
            list.add(line);
        }
        if (items.isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.support.none")));
        }
        add(list);
        if (running) {
            add(new SupportForm(page, items, offered));
        }
    }
}
