package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.shared.ui.Formats;

/** The written consent: what was recorded, or, before it, the form for the family's assistant. */
class ConsentSection extends Section {

    private ConsentSection() {
        setId("assistance-consent");
        addClassName("assistance-section");
        add(new H2(getTranslation("assistance.consent.title")));
    }

    /** Before the consent: the form when the reader may record it. */
    static ConsentSection none(AssistancePage page, boolean mayRecord) {
        var section = new ConsentSection();
        section.add(new Paragraph(section.getTranslation("assistance.consent.none")));
        if (mayRecord) {
            section.add(new ConsentForm(page));
        }
        return section;
    }

    static ConsentSection recorded(AssistanceCase c) {
        var section = new ConsentSection();
        Formats formats = Formats.of(section.getLocale());
        var list = new UnorderedList(
                new ListItem(section.getTranslation("assistance.consent.given", formats.date(c.consentOn()))));
        if (c.courtOrdered()) {
            list.add(new ListItem(section.getTranslation("assistance.consent.court-ordered")));
        }
        if (c.referredOn() != null) {
            list.add(new ListItem(
                    section.getTranslation("assistance.consent.referred-on", formats.date(c.referredOn()))));
        }
        if (c.documentsReceivedOn() != null) {
            list.add(new ListItem(
                    section.getTranslation("assistance.consent.documents-on", formats.date(c.documentsReceivedOn()))));
        }
        section.add(list);
        return section;
    }
}
