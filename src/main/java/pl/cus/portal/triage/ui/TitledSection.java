package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A part of a page under its own heading, which labels it for screen readers. */
class TitledSection extends Section {

    TitledSection(String id, String titleKey) {
        var heading = new H2(getTranslation(titleKey));
        heading.setId(id + "-title");
        setId(id);
        getElement().setAttribute("aria-labelledby", id + "-title");
        add(heading);
    }

    /** One term of a description list; line breaks in {@code value} are kept. */
    void term(DescriptionList list, String key, String value) {
        var description = new DescriptionList.Description(value);
        description.addClassName("preserve-lines");
        list.add(new DescriptionList.Term(getTranslation(key)), description);
    }
}
