package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.i18n.Messages;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The monthly report of one family: the draft generated from the month's logged visits in editable fields (the counts
 * come from the visits and are not edited), submitted once by the assigned assistant; afterwards read-only.
 */
@Route(value = AssistancePaths.REPORT, layout = StaffLayout.class)
@RolesAllowed({"FAMILY_ASSISTANT", "COORDINATOR", "ORGANISER", "DIRECTOR"})
class MonthlyReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FamilyAssistance assistance;
    private final BackOfficeApplications backOffice;
    private final Div feedback = new Div();
    private Actor actor;
    private ApplicationId id;
    private YearMonth month;
    private String title = "";

    MonthlyReportView(FamilyAssistance assistance, BackOfficeApplications backOffice) {
        this.assistance = assistance;
        this.backOffice = backOffice;
        addClassName("assistance-report");
        feedback.setId("report-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = Actors.current().orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(AssistanceTexts::id).orElse(null);
        month = event.getRouteParameters()
                .get("month")
                .flatMap(MonthlyReportView::month)
                .orElse(null);
        feedback.setText("");
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Optional<YearMonth> month(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private void render() {
        removeAll();
        Optional<CaseView> view = open();
        Optional<MonthlyReport> report = Optional.empty();
        String problem = null;
        if (view.isPresent() && view.get().isFull() && month != null) {
            try {
                report = assistance.report(actor, id, month, getLocale()).blockOptional(WAIT);
            } catch (DomainException e) {
                problem = AssistanceTexts.error(this, e);
            }
        }
        if (report.isEmpty()) {
            title = getTranslation("assistance.report.not-found");
            add(new H1(title));
            if (problem != null) {
                add(new Paragraph(problem));
            }
            if (id != null) {
                add(new Paragraph(new Anchor(AssistancePaths.page(id), getTranslation("assistance.report.back"))));
            }
            return;
        }
        var summary = view.get().summary();
        MonthlyReport r = report.get();
        boolean writer = actor.has(Role.FAMILY_ASSISTANT)
                && summary.assignee() != null
                && summary.assignee().id().equals(actor.id())
                && summary.status().isOpen()
                && !r.submitted();
        title = getTranslation(
                "assistance.report.title", AssistanceTexts.month(month, getLocale()), summary.reference());
        var back = new Anchor(AssistancePaths.page(id), getTranslation("assistance.report.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("report-title");
        add(back, heading, feedback);
        add(new Paragraph(
                r.submitted()
                        ? getTranslation(
                                "assistance.report.submitted", AssistanceTexts.date(r.submittedOn(), getLocale()))
                        : getTranslation("assistance.report.draft-intro")));

        var numbers = new Section(new H2(getTranslation("assistance.report.numbers")));
        NumberFormat hours = NumberFormat.getNumberInstance(getLocale());
        hours.setMaximumFractionDigits(2);
        var facts = new DescriptionList();
        facts.add(
                new DescriptionList.Term(getTranslation("assistance.report.visit-count")),
                new DescriptionList.Description(Messages.number(r.visitCount(), getLocale())));
        facts.add(
                new DescriptionList.Term(getTranslation("assistance.report.total-hours")),
                new DescriptionList.Description(hours.format(r.totalHours())));
        facts.setId("report-numbers");
        numbers.add(facts);
        add(numbers);

        var texts = new Section(new H2(getTranslation("assistance.report.texts")));
        var contacts = area("report-contacts", "assistance.report.contacts", r.contacts(), writer);
        var goals = area("report-goals", "assistance.report.goals", r.goalsWorkedOn(), writer);
        var summaryText = area("report-summary", "assistance.report.summary", r.summary(), writer);
        summaryText.setHelperText(writer ? getTranslation("assistance.report.summary-help") : null);
        texts.add(contacts, goals, summaryText);
        if (writer) {
            var submit = new Button(getTranslation("assistance.report.submit"), click -> {
                try {
                    assistance
                            .submitReport(
                                    actor,
                                    id,
                                    new MonthlyReport.Edit(
                                            month, contacts.getValue(), goals.getValue(), summaryText.getValue()),
                                    getLocale())
                            .block(WAIT);
                    render();
                    feedback.setText(getTranslation("assistance.report.submitted-now"));
                } catch (DomainException e) {
                    feedback.setText(AssistanceTexts.error(this, e));
                }
            });
            submit.setId("report-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            texts.add(submit);
        }
        add(texts);
    }

    private TextArea area(String id, String labelKey, String value, boolean editable) {
        var area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!editable);
        return area;
    }

    private Optional<CaseView> open() {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return backOffice.open(actor, id, "family assistance report").blockOptional(WAIT);
        } catch (DomainException e) {
            return Optional.empty();
        }
    }
}
