package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.InformationCard;

/** The family's information card: the form for the assistant while the work runs, otherwise read. */
class CardSection extends Section {

    CardSection(AssistancePage page, AssistanceCase c, boolean running) {
        setId("assistance-card");
        addClassName("assistance-section");
        add(new com.vaadin.flow.component.html.H2(getTranslation("assistance.card.title")));
        InformationCard card = c.card();
        if (running) {
            add(new CardForm(page, card));
        } else if (card == null) {
            add(new Paragraph(getTranslation("assistance.card.none")));
        } else {
            var members = new UnorderedList();
            card.household()
                    .forEach(m -> members.add(new ListItem(m.name()
                            + (m.relation() == null ? "" : ", " + m.relation())
                            + (m.birthYear() == null ? "" : ", " + m.birthYear()))));
            add(
                    new H3(getTranslation("assistance.card.household")),
                    members,
                    new H3(getTranslation("assistance.card.situation")),
                    new Paragraph(card.situation()),
                    new H3(getTranslation("assistance.card.strengths")),
                    new Paragraph(orDash(card.strengths())),
                    new H3(getTranslation("assistance.card.difficulties")),
                    new Paragraph(orDash(card.difficulties())));
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
