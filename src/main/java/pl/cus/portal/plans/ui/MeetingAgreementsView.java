package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.MeetingAgreement;
import pl.cus.portal.plans.MeetingParticipant;
import pl.cus.portal.plans.MeetingSheet;
import pl.cus.portal.plans.PlanMeeting;
import pl.cus.portal.plans.PlanPages;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The agreements of one meeting, ready to print and hand to every participant, the family included: who came, the
 * services chosen, who does what by when, the next meeting. The concerns and options stay in the case file.
 */
@Route(value = "backoffice/cases/:id/plan/meetings/:meeting", layout = StaffLayout.class)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR"})
class MeetingAgreementsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceCalls calls;
    private final PlanPages pages;
    private String title = "";

    MeetingAgreementsView(ServiceCalls calls, PlanPages pages) {
        this.calls = calls;
        this.pages = pages;
        addClassName("plans-agreements");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = Actors.current().orElseThrow();
        Optional<ApplicationId> id = event.getRouteParameters().get("id").flatMap(MeetingAgreementsView::application);
        Optional<UUID> meetingId = event.getRouteParameters().get("meeting").flatMap(MeetingAgreementsView::uuid);
        Optional<MeetingSheet> sheet = id.isPresent() && meetingId.isPresent()
                ? calls.find(pages.meetingSheet(actor, id.get(), meetingId.get()))
                : Optional.empty();
        if (sheet.isEmpty()) {
            title = getTranslation("plans.agreements.not-found");
            add(new H1(title));
            return;
        }
        render(id.get(), sheet.get().caseReference(), sheet.get().meeting());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render(ApplicationId id, String reference, PlanMeeting meeting) {
        Formats formats = Formats.of(getLocale());
        String held = formats.date(meeting.heldOn());
        title = getTranslation("plans.agreements.title", held);
        var back = new Anchor("backoffice/cases/" + id + "/plan", getTranslation("plans.agreements.back"));
        back.addClassName("secondary-link");
        back.addClassName("plans-no-print");
        var heading = new H1(title);
        heading.setId("agreements-title");
        var print = new Button(
                getTranslation("plans.agreements.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("agreements-print");
        print.addClassName("plans-no-print");
        add(back, heading, new Paragraph(getTranslation("plans.agreements.case", reference)), print);

        add(new H2(getTranslation("plans.agreements.participants")));
        var people = new UnorderedList();
        people.setId("agreements-participants");
        for (MeetingParticipant p : meeting.participants()) {
            people.add(new ListItem(getTranslation(
                    p.attended() ? "plans.agreements.present" : "plans.agreements.absent", p.name(), p.role())));
        }
        add(people);
        if (meeting.chosenServices() != null) {
            add(new H2(getTranslation("plans.agreements.chosen")), new Paragraph(meeting.chosenServices()));
        }
        add(new H2(getTranslation("plans.agreements.list")));
        if (meeting.agreements().isEmpty()) {
            add(new Paragraph(getTranslation("plans.agreements.none")));
        } else {
            var table = new NativeTable();
            table.setId("agreements-table");
            table.addClassName("plans-table");
            table.setCaptionText(getTranslation("plans.agreements.caption", held));
            var headRow = new NativeTableRow();
            for (String key : new String[] {"plans.agreements.who", "plans.agreements.what", "plans.agreements.by"}) {
                var cell = new NativeTableHeaderCell(getTranslation(key));
                cell.getElement().setAttribute("scope", "col");
                headRow.add(cell);
            }
            table.getHead().add(headRow);
            var body = table.getBody();
            for (MeetingAgreement a : meeting.agreements()) {
                body.add(new NativeTableRow(
                        new NativeTableCell(a.who()),
                        new NativeTableCell(a.what()),
                        new NativeTableCell(formats.date(a.by()))));
            }
            add(table);
        }
        var next = new Paragraph(getTranslation("plans.agreements.next", formats.date(meeting.nextMeetingOn())));
        next.setId("agreements-next");
        add(next, new Paragraph(getTranslation("plans.agreements.recorded", meeting.recordedBy())));
    }

    private static Optional<ApplicationId> application(String value) {
        try {
            return Optional.of(ApplicationId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
