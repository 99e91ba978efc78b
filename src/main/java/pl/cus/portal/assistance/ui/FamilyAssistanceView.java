package pl.cus.portal.assistance.ui;

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
import java.util.List;
import java.util.Optional;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.AssistanceOverview;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * One family's assistance in the back office, in sections: time limits, consent, information card, work plan,
 * visits, assessments, monthly reports, the end and monitoring, and for "Za życiem" the support catalogue and the
 * authorisations. The page reads {@link FamilyAssistance#overview} once per render (one logged read), and shows the
 * forms for what the overview says the reader may do.
 */
@Route(value = AssistancePaths.PAGE, layout = StaffLayout.class)
@RolesAllowed({"FAMILY_ASSISTANT", "COORDINATOR", "ORGANISER", "DIRECTOR"})
class FamilyAssistanceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FamilyAssistance assistance;
    private final Catalogue catalogue;
    private final ServiceCalls calls;
    private final Clock clock;
    private final Feedback feedback = new Feedback("assistance-feedback");
    private Actor actor;
    private ApplicationId id;
    private String title = "";

    FamilyAssistanceView(FamilyAssistance assistance, Catalogue catalogue, ServiceCalls calls, Clock clock) {
        this.assistance = assistance;
        this.catalogue = catalogue;
        this.calls = calls;
        this.clock = clock;
        addClassName("assistance-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = Actors.current().orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(AssistancePaths::id).orElse(null);
        feedback.clear();
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        Optional<AssistanceOverview> found = id == null ? Optional.empty() : calls.find(assistance.overview(actor, id));
        if (found.isEmpty()) {
            title = getTranslation("assistance.page.not-found");
            add(
                    new H1(title),
                    new Paragraph(new Anchor("backoffice/cases", getTranslation("assistance.page.back-to-cases"))));
            return;
        }
        AssistanceOverview overview = found.get();
        title = getTranslation("assistance.page.title", overview.reference());
        var back = new Anchor("backoffice/cases/" + id.value(), getTranslation("assistance.page.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("assistance-title");
        LocalDate today = LocalDate.now(clock);
        var page = new AssistancePage(assistance, calls, feedback, actor, id, today, this::render);
        add(back, heading, feedback, new TimeLimitsSection(overview.timeLimits()));
        if (!overview.started()) {
            add(ConsentSection.none(page, overview.mayRecordConsent()));
            return;
        }
        AssistanceCase c = overview.assistance();
        boolean running = overview.mayChangeRunning();
        add(
                ConsentSection.recorded(c),
                new CardSection(page, c, running),
                new WorkPlanSection(page, c.workPlan(), running),
                new VisitsSection(page, c, running),
                new AssessmentsSection(page, c, running),
                new ReportsSection(c, today),
                new EndSection(page, c, overview.mayWrite()));
        if (c.zaZyciem()) {
            List<ServiceSummary> offered = running ? calls.list(catalogue.offeredServices()) : List.of();
            add(
                    new SupportSection(page, c.supportCatalogue(), running, offered),
                    new AuthorisationsSection(page, c.authorisations(), running));
        }
    }
}
