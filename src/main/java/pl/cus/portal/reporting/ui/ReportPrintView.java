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
import java.time.Clock;
import java.time.LocalDate;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.Reports;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.ui.Refusals;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The summary ready to print (or save as PDF from the browser's print dialog): the same sections and charts, every
 * data table open, no links; {@code @media print} in cus.css hides the back office around it.
 */
@Route(value = ReportPaths.PRINT, layout = StaffLayout.class)
@RolesAllowed({"ORGANISER", "DIRECTOR"})
class ReportPrintView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Reports reports;
    private final ServiceCalls calls;
    private final Clock clock;
    private final Actor actor;

    ReportPrintView(Reports reports, ServiceCalls calls, Clock clock) {
        this.reports = reports;
        this.calls = calls;
        this.clock = clock;
        this.actor = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        addClassNames("staff-view", "report-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        ReportPeriod period;
        try {
            period = ReportPaths.periodIn(event.getLocation().getQueryParameters());
        } catch (InvalidInput invalid) {
            add(new H1(getTranslation("reporting.print.title")), new Paragraph(Refusals.text(invalid, getLocale())));
            return;
        }
        if (period == null) {
            period = ReportPeriod.halfYearOf(LocalDate.now(clock));
        }
        var summary = calls.get(reports.summary(actor, period));
        int lastYear = period.to().getYear();
        var years = calls.list(reports.outcomesByYear(actor, lastYear - 3, lastYear));
        var html = new ReportHtml(this::getTranslation, getLocale(), false, true);
        var print = new Button(
                getTranslation("reporting.print.button"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("report-print-button");
        var back = new Anchor(ReportPaths.with(ReportPaths.REPORTS, period), getTranslation("reporting.cases.back"));
        var tools = new Div(back, print);
        tools.addClassName("report-print-tools");
        add(
                tools,
                new H1(getTranslation("reporting.print.title")),
                new Paragraph(getTranslation(
                        "reporting.print.meta", html.period(period), html.date(summary.asOf()), actor.displayName())));
        SummarySections.all(html, summary, years).forEach(section -> add(new Html(section)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.print.page-title");
    }
}
