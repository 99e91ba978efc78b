package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Optional;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.MonthlyReportPage;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The monthly report of one family: the draft generated from the month's logged visits in editable fields (the counts
 * come from the visits and are not edited), submitted once by the assigned assistant; afterwards read-only. The page
 * reads {@link FamilyAssistance#reportPage} once per render (one logged read).
 */
@Route(value = AssistancePaths.REPORT, layout = StaffLayout.class)
@RolesAllowed({"FAMILY_ASSISTANT", "COORDINATOR", "ORGANISER", "DIRECTOR"})
class MonthlyReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyAssistance assistance;
    private final ServiceCalls calls;
    private final Feedback feedback = new Feedback("report-feedback");
    private Actor actor;
    private ApplicationId id;
    private YearMonth month;
    private String title = "";

    MonthlyReportView(FamilyAssistance assistance, ServiceCalls calls) {
        this.assistance = assistance;
        this.calls = calls;
        addClassName("assistance-report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = Actors.current().orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(AssistancePaths::id).orElse(null);
        month = event.getRouteParameters()
                .get("month")
                .flatMap(AssistancePaths::month)
                .orElse(null);
        feedback.clear();
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        var problem = new Feedback("report-problem");
        Optional<MonthlyReportPage> found = id == null || month == null
                ? Optional.empty()
                : calls.attempt(assistance.reportPage(actor, id, month, getLocale()), problem);
        if (found.isEmpty()) {
            title = getTranslation("assistance.report.not-found");
            add(new H1(title), problem);
            if (id != null) {
                add(new Paragraph(new Anchor(AssistancePaths.page(id), getTranslation("assistance.report.back"))));
            }
            return;
        }
        MonthlyReportPage page = found.get();
        MonthlyReport r = page.report();
        Formats formats = Formats.of(getLocale());
        title = getTranslation("assistance.report.title", formats.month(month), page.reference());
        var back = new Anchor(AssistancePaths.page(id), getTranslation("assistance.report.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("report-title");
        add(back, heading, feedback);
        add(new Paragraph(
                r.submitted()
                        ? getTranslation("assistance.report.submitted", formats.date(r.submittedOn()))
                        : getTranslation("assistance.report.draft-intro")));
        add(numbers(r, formats));
        var texts = new Section(new H2(getTranslation("assistance.report.texts")));
        texts.add(new ReportForm(r, page.maySubmit(), edit -> {
            if (calls.succeeded(assistance.submitReport(actor, id, edit.edit(month), getLocale()), feedback)) {
                render();
                feedback.ok(getTranslation("assistance.report.submitted-now"));
            }
        }));
        add(texts);
    }

    private Section numbers(MonthlyReport r, Formats formats) {
        var numbers = new Section(new H2(getTranslation("assistance.report.numbers")));
        NumberFormat hours = NumberFormat.getNumberInstance(formats.locale());
        hours.setMaximumFractionDigits(2);
        var facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("assistance.report.visit-count")),
                new DescriptionList.Description(formats.number(r.visitCount())));
        facts.add(
                new DescriptionList.Term(getTranslation("assistance.report.total-hours")),
                new DescriptionList.Description(hours.format(r.totalHours())));
        facts.setId("report-numbers");
        numbers.add(facts);
        return numbers;
    }
}
