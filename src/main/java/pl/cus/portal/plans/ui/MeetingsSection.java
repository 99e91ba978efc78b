package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanMeeting;
import pl.cus.portal.shared.ui.Formats;

/** The case's multi-professional meetings, each with its printable agreements, and the form for a new one. */
class MeetingsSection extends Section {

    MeetingsSection(PlanPageContext context, PlanLifecycle lifecycle, List<PlanMeeting> meetings, boolean write) {
        setId("plan-meetings-section");
        add(new H2(getTranslation("plans.meetings.title")), new Paragraph(getTranslation("plans.meetings.intro")));
        Formats formats = Formats.of(getLocale());
        if (meetings.isEmpty()) {
            add(new Paragraph(getTranslation("plans.meetings.none")));
        } else {
            var list = new UnorderedList();
            list.setId("plan-meetings");
            for (PlanMeeting m : meetings) {
                long present = m.participants().stream()
                        .filter(MeetingParticipant::attended)
                        .count();
                var item = new ListItem(new H3(getTranslation("plans.meetings.item", formats.date(m.heldOn()))));
                item.add(new Paragraph(getTranslation(
                        "plans.meetings.item-facts",
                        present,
                        m.participants().size(),
                        m.agreements().size(),
                        formats.date(m.nextMeetingOn()))));
                var print = new Anchor(
                        "backoffice/cases/" + context.id() + "/plan/meetings/" + m.id(),
                        getTranslation("plans.meetings.print-link", formats.date(m.heldOn())));
                print.setId("plan-meeting-print-" + m.id());
                item.add(print);
                list.add(item);
            }
            add(list);
        }
        if (write) {
            var record = new Button(
                    getTranslation("plans.meetings.new"), click -> new MeetingDialog(context, lifecycle).open());
            record.setId("plan-meeting-new");
            add(record);
        }
    }
}
