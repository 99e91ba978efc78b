package pl.cus.portal.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import pl.cus.portal.reporting.CaseList;
import pl.cus.portal.reporting.Figure;
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
 * The cases behind one figure of the summary ({@code ?figure=LATE&from=…&to=…}, some figures with {@code &key=}), each
 * linking to the case in the back office. For the organiser and the director, who may open every case.
 */
@Route(value = "backoffice/reports/cases", layout = StaffLayout.class)
@RolesAllowed({"ORGANISER", "DIRECTOR"})
class ReportCasesView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final Reports reports;
    private final ServiceCalls calls;
    private final Actor actor;
    private final H1 title = new H1();
    private final Paragraph description = new Paragraph();
    private final Div content = new Div();
    private final Anchor back = new Anchor(ReportPaths.REPORTS, "");

    ReportCasesView(Reports reports, ServiceCalls calls) {
        this.reports = reports;
        this.calls = calls;
        this.actor = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        addClassNames("staff-view", "report-cases-view");
        title.setText(getTranslation("reporting.cases.title"));
        description.setId("report-cases-description");
        content.setId("report-cases");
        back.setId("report-back");
        back.setText(getTranslation("reporting.cases.back"));
        add(back, title, description, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Figure figure;
        ReportPeriod period;
        try {
            figure = Figure.valueOf(
                    parameters.getSingleParameter("figure").orElse("").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            description.setText(getTranslation("reporting.error.figure"));
            return;
        }
        try {
            period = ReportPaths.periodIn(parameters);
            if (period == null) {
                throw InvalidInput.of("from", "reporting.error.date-missing", "No period.");
            }
            String key = parameters.getSingleParameter("key").orElse(null);
            CaseList list = calls.get(reports.cases(actor, figure, key, period));
            var html = new ReportHtml(this::getTranslation, getLocale(), true, false);
            back.setHref(ReportPaths.with(ReportPaths.REPORTS, period));
            title.setText(getTranslation(
                    "reporting.cases.title-of", getTranslation("reporting.figure-name." + figure.name())));
            String what = key == null || key.isBlank() ? "" : " — " + keyLabel(figure, key, list);
            description.setText(getTranslation(
                    "reporting.cases.description",
                    getTranslation("reporting.figure-name." + figure.name()) + what,
                    figure == Figure.CASELOAD ? getTranslation("reporting.cases.now") : html.period(period),
                    html.number(list.total())));
            content.removeAll();
            content.add(new Html(new CaseTables(html).cases(list)));
            if (list.truncated()) {
                content.add(new Paragraph(getTranslation(
                        "reporting.cases.truncated", html.number(list.cases().size()), html.number(list.total()))));
            }
        } catch (InvalidInput invalid) {
            description.setText(Refusals.text(invalid, getLocale()));
        }
    }

    private String keyLabel(Figure figure, String key, CaseList list) {
        return switch (figure) {
            case RECEIVED_KIND -> getTranslation("reporting.kind." + key);
            case RECEIVED_CHANNEL -> getTranslation("reporting.channel." + key);
            case PAUSED -> getTranslation("reporting.pause." + key);
            case FORWARDED -> getTranslation("reporting.destination." + key);
            case FA_INTERRUPTED -> getTranslation("reporting.assistance.reason." + key);
            case SERVICE -> key.contains("|") ? key.substring(key.indexOf('|') + 1) : key;
            case CASELOAD ->
                list.cases().isEmpty() || list.cases().getFirst().assignee() == null
                        ? key
                        : list.cases().getFirst().assignee();
            default -> key;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.cases.page-title");
    }
}
