package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.assistance.TimeLimit;

/** The family's time limits, each with its state in words. */
class TimeLimitsSection extends Section {

    TimeLimitsSection(List<TimeLimit> limits) {
        setId("assistance-limits");
        addClassName("assistance-section");
        add(new com.vaadin.flow.component.html.H2(getTranslation("assistance.limits.title")));
        if (limits.isEmpty()) {
            add(new Paragraph(getTranslation("assistance.limits.none")));
            return;
        }
        var list = new UnorderedList();
        limits.forEach(limit -> list.add(new ListItem(AssistanceTexts.limit(this, limit, getLocale()))));
        add(list);
    }
}
