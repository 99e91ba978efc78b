package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.Optional;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationMessages;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.CaseView.Capabilities;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.NeedsAssessment;
import pl.cus.portal.triage.NeedsAssessments;
import pl.cus.portal.triage.Routing;

/**
 * One application in the back office: the summary always; the full application, messages and history only when
 * intake's policy allows (the read is recorded once per render); assignment, the needs assessment, forwarding and
 * refusal for those who may act on it. What the viewer may do comes with the case ({@link CaseView#may()}).
 */
@Route(value = TriagePaths.CASES + "/:id", layout = StaffLayout.class)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR"})
class CasePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PURPOSE = "case page";

    private final ServiceCalls calls;
    private final BackOfficeApplications backOffice;
    private final ApplicationMessages messages;
    private final CaseAssignments assignments;
    private final NeedsAssessments assessments;
    private final Routing routing;
    private final Clock clock;
    private final Feedback feedback = new Feedback("case-feedback");
    private Actor actor;
    private ApplicationId id;
    private String title = "";

    CasePage(
            ServiceCalls calls,
            BackOfficeApplications backOffice,
            ApplicationMessages messages,
            CaseAssignments assignments,
            NeedsAssessments assessments,
            Routing routing,
            Clock clock) {
        this.calls = calls;
        this.backOffice = backOffice;
        this.messages = messages;
        this.assignments = assignments;
        this.assessments = assessments;
        this.routing = routing;
        this.clock = clock;
        addClassName("triage-case");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = Actors.current().orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(CasePage::parse).orElse(null);
        feedback.clear();
        render();
    }

    private void render() {
        removeAll();
        Optional<CaseView> opened = id == null ? Optional.empty() : calls.find(backOffice.open(actor, id, PURPOSE));
        if (opened.isEmpty()) {
            title = getTranslation("triage.case.not-found");
            add(new H1(title), new Paragraph(new Anchor(TriagePaths.QUEUE, getTranslation("triage.case.back"))));
            return;
        }
        CaseView view = opened.get();
        CaseSummary summary = view.summary();
        Capabilities may = view.may();
        title = getTranslation("triage.case.title", summary.reference());
        var back = new Anchor(
                may.assignedToViewer() ? TriagePaths.CASES : TriagePaths.QUEUE,
                getTranslation(may.assignedToViewer() ? "triage.case.back-to-cases" : "triage.case.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("case-title");
        add(back, heading, feedback, new CaseSummarySection(summary, LocalDate.now(clock), getLocale()));
        if (view.isFull()) {
            links(summary, may);
        }
        add(view.isFull() ? CaseDetailsSection.of(view.details(), getLocale()) : CaseDetailsSection.hidden());
        add(new CaseRoutingSection(
                calls, routing, assignments, actor, summary, may, feedback, getLocale(), this::changed));
        if (view.isFull() && may.act() && summary.status() != ApplicationStatus.SUBMITTED) {
            boolean editable =
                    summary.status() == ApplicationStatus.ASSIGNED || summary.status() == ApplicationStatus.ASSESSED;
            add(new AssessmentSection(
                    calls, assessments, actor, view, editable, saved -> afterAssessment(summary, saved)));
        }
        if (may.act() && summary.status().isOpen()) {
            add(outcomeSection(summary));
        }
        if (view.isFull()) {
            add(
                    new CaseMessagesSection(
                            calls, messages, actor, summary, may.act(), feedback, getLocale(), this::changed),
                    new CaseHistorySection(view.details().history(), getLocale()));
        }
    }

    private void links(CaseSummary summary, Capabilities may) {
        var plan =
                new Anchor(TriagePaths.CASES + "/" + summary.id() + "/plan", getTranslation("triage.case.plan-link"));
        plan.setId("case-plan-link");
        add(new Paragraph(plan));
        if (may.familyAssistance()) {
            var assistance = new Anchor(
                    TriagePaths.CASES + "/" + summary.id() + "/assistance", getTranslation("assistance.cases.link"));
            assistance.setId("case-assistance-link");
            add(new Paragraph(assistance));
        }
    }

    /** After a change: the page again, then what happened in the live region. */
    private void changed(String done) {
        render();
        feedback.ok(done);
    }

    private TitledSection outcomeSection(CaseSummary summary) {
        var section = new TitledSection("case-outcome", "triage.case.outcome");
        var forward = new Button(getTranslation("triage.case.forward"), click -> openForward(summary));
        forward.setId("case-forward");
        var refuse = new Button(getTranslation("triage.case.refuse"), click -> openRefuse(summary));
        refuse.setId("case-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var buttons = new Div(forward, refuse);
        buttons.addClassName("triage-actions");
        section.add(buttons);
        return section;
    }

    /** FORWARD and NOT_QUALIFIED lead straight to their dialog; PLAN says what comes next. */
    private void afterAssessment(CaseSummary summary, NeedsAssessment saved) {
        render();
        String done = getTranslation("triage.assessment.saved", saved.version());
        switch (saved.form().outcome()) {
            case FORWARD -> {
                feedback.ok(done);
                openForward(summary);
            }
            case NOT_QUALIFIED -> {
                feedback.ok(done);
                openRefuse(summary);
            }
            case PLAN -> feedback.ok(done + " " + getTranslation("triage.assessment.next.PLAN"));
        }
    }

    private void openForward(CaseSummary summary) {
        new ForwardDialog(
                        calls,
                        backOffice,
                        actor,
                        summary,
                        done -> changed(getTranslation("triage.forward.done", done.reference())))
                .open();
    }

    private void openRefuse(CaseSummary summary) {
        new RefuseDialog(calls, backOffice, actor, summary, done -> changed(getTranslation("triage.refuse.done")))
                .open();
    }

    private static Optional<ApplicationId> parse(String value) {
        try {
            return Optional.of(new ApplicationId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
