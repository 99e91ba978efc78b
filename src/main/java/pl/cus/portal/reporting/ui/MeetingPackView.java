package pl.cus.portal.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import pl.cus.portal.reporting.Reports;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The coordinators' quarterly meeting pack (art. 46 ust. 2): what to discuss (overdue, due soon, paused, changes the
 * resident asked for) and every open case with its plan and deadline, printable.
 */
@Route(value = ReportPaths.MEETING, layout = StaffLayout.class)
@RolesAllowed({"ORGANISER", "DIRECTOR"})
class MeetingPackView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Reports reports;
    private final ServiceCalls calls;
    private final Actor actor;

    MeetingPackView(Reports reports, ServiceCalls calls) {
        this.reports = reports;
        this.calls = calls;
        this.actor = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        addClassNames("staff-view", "report-print", "meeting-pack");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var pack = calls.get(reports.meetingPack(actor));
        var html = new ReportHtml(this::getTranslation, getLocale(), false, true);
        var print = new Button(
                getTranslation("reporting.print.button"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("meeting-print-button");
        var tools = new Div(new Anchor(ReportPaths.REPORTS, getTranslation("reporting.cases.back")), print);
        tools.addClassName("report-print-tools");
        int quarter = (pack.quarter().from().getMonthValue() - 1) / 3 + 1;
        add(
                tools,
                new H1(getTranslation("reporting.meeting.title")),
                new Paragraph(getTranslation(
                        "reporting.meeting.meta",
                        String.valueOf(quarter),
                        String.valueOf(pack.quarter().from().getYear()),
                        html.date(pack.asOf()))),
                new Html(new CaseTables(html).meeting(pack)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.meeting.page-title");
    }
}
