package pl.cus.portal.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportPeriod.Preset;
import pl.cus.portal.reporting.Reports;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The organiser's and the director's summary of a period (art. 46: at least every six months): figures that open to
 * the cases behind them, charts with their data tables, CSV and a printable version. The period is in the address
 * ({@code ?from=2027-01-01&to=2027-06-30}); without one, the current half-year.
 */
@Route(value = ReportPaths.REPORTS, layout = StaffLayout.class)
@Menu(title = "reporting.nav", order = 75)
@RolesAllowed({"ORGANISER", "DIRECTOR"})
class ReportsView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private static final int YEARS_BACK = 3;

    private final Reports reports;
    private final ServiceCalls calls;
    private final Clock clock;
    private final Actor actor;
    private final Select<Preset> preset = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Feedback status = new Feedback("report-status");
    private final Div actions = new Div();
    private final Div content = new Div();

    ReportsView(Reports reports, ServiceCalls calls, Clock clock) {
        this.reports = reports;
        this.calls = calls;
        this.clock = clock;
        this.actor = Actors.current().orElseThrow(() -> new DomainException.Forbidden("Sign in first."));
        addClassNames("staff-view", "reports-view");

        LocalDate today = LocalDate.now(clock);
        preset.setId("report-preset");
        preset.setLabel(getTranslation("reporting.filter.preset"));
        preset.setItems(ReportPeriod.presets(today, YEARS_BACK));
        preset.setItemLabelGenerator(this::presetLabel);
        preset.setEmptySelectionAllowed(true);
        preset.setEmptySelectionCaption(getTranslation("reporting.filter.custom"));
        preset.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                from.setValue(event.getValue().period().from());
                to.setValue(event.getValue().period().to());
            }
        });
        from.setId("report-from");
        from.setLabel(getTranslation("reporting.filter.from"));
        from.setRequiredIndicatorVisible(true);
        to.setId("report-to");
        to.setLabel(getTranslation("reporting.filter.to"));
        to.setRequiredIndicatorVisible(true);
        from.addValueChangeListener(event -> clearPresetIfChanged(event.isFromClient()));
        to.addValueChangeListener(event -> clearPresetIfChanged(event.isFromClient()));
        var show = new Button(getTranslation("reporting.filter.show"), click -> show());
        show.setId("report-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickShortcut(Key.ENTER);
        var filters = new Div(preset, from, to, show);
        filters.addClassName("report-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("reporting.filter.label"));

        actions.addClassName("report-actions");
        content.setId("report-content");
        add(
                new H1(getTranslation("reporting.title")),
                new Paragraph(getTranslation("reporting.lead")),
                filters,
                status,
                actions,
                content);
    }

    private void clearPresetIfChanged(boolean fromClient) {
        if (fromClient
                && preset.getValue() != null
                && !preset.getValue().period().equals(period())) {
            preset.clear();
        }
    }

    private ReportPeriod period() {
        return from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())
                ? null
                : new ReportPeriod(from.getValue(), to.getValue());
    }

    private void show() {
        if (from.getValue() == null || to.getValue() == null) {
            from.setInvalid(from.getValue() == null);
            to.setInvalid(to.getValue() == null);
            from.setErrorMessage(getTranslation("reporting.error.date-missing"));
            to.setErrorMessage(getTranslation("reporting.error.date-missing"));
            status.error(getTranslation("reporting.error.date-missing"));
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("reporting.error.order"));
            status.error(getTranslation("reporting.error.order"));
            return;
        }
        from.setInvalid(false);
        to.setInvalid(false);
        UI.getCurrent().navigate(ReportPaths.REPORTS, ReportPaths.of(period()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReportPeriod period;
        try {
            period = ReportPaths.periodIn(event.getLocation().getQueryParameters());
        } catch (InvalidInput invalid) {
            status.refused(invalid);
            return;
        }
        if (period == null) {
            period = ReportPeriod.halfYearOf(LocalDate.now(clock));
        }
        from.setValue(period.from());
        to.setValue(period.to());
        ReportPeriod shown = period;
        preset.setValue(ReportPeriod.presets(LocalDate.now(clock), YEARS_BACK).stream()
                .filter(candidate -> candidate.period().equals(shown))
                .findFirst()
                .orElse(null));
        render(period);
    }

    private void render(ReportPeriod period) {
        var summary = calls.get(reports.summary(actor, period));
        int lastYear = period.to().getYear();
        var years = calls.list(reports.outcomesByYear(actor, lastYear - 3, lastYear));
        var html = new ReportHtml(this::getTranslation, getLocale(), true, false);

        actions.removeAll();
        var csv = new Anchor(ReportPaths.with(ReportPaths.CSV, period), getTranslation("reporting.action.csv"));
        csv.setId("report-csv");
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("router-ignore", true);
        var print = new Anchor(ReportPaths.with(ReportPaths.PRINT, period), getTranslation("reporting.action.print"));
        print.setId("report-print");
        var meeting = new Anchor(ReportPaths.MEETING, getTranslation("reporting.action.meeting"));
        meeting.setId("report-meeting");
        actions.add(csv, print, meeting);

        status.ok(getTranslation("reporting.status", html.period(period)));
        content.removeAll();
        SummarySections.all(html, summary, years).forEach(section -> content.add(new Html(section)));
    }

    private String presetLabel(Preset preset) {
        return preset == null
                ? getTranslation("reporting.filter.custom")
                : getTranslation("reporting.preset." + preset.kind().name(), String.valueOf(preset.year()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.page-title");
    }
}
