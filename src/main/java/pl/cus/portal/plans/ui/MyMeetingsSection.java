package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.plans.MeetingAgreements;
import pl.cus.portal.shared.ui.Formats;

/** For the resident: the agreements of the family's meetings, who does what by when, and the next meeting. */
class MyMeetingsSection extends Section {

    MyMeetingsSection(List<MeetingAgreements> meetings) {
        setId("my-plan-meetings");
        add(new H2(getTranslation("plans.mine.meetings")));
        Formats formats = Formats.of(getLocale());
        for (MeetingAgreements meeting : meetings) {
            var box = new Div(new H3(getTranslation("plans.mine.meeting", formats.date(meeting.heldOn()))));
            box.addClassName("plans-item");
            if (meeting.chosenServices() != null) {
                box.add(new Paragraph(getTranslation("plans.mine.meeting-chosen", meeting.chosenServices())));
            }
            if (meeting.agreements().isEmpty()) {
                box.add(new Paragraph(getTranslation("plans.mine.meeting-no-agreements")));
            } else {
                var list = new UnorderedList();
                meeting.agreements()
                        .forEach(a -> list.add(new ListItem(
                                getTranslation("plans.mine.agreement", a.who(), a.what(), formats.date(a.by())))));
                box.add(list);
            }
            box.add(new Paragraph(getTranslation("plans.mine.meeting-next", formats.date(meeting.nextMeetingOn()))));
            add(box);
        }
    }
}
