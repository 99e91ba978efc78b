package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanPage;
import pl.cus.portal.plans.PlanPages;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The plan of one case in the back office: its state, the editor for the writers, the versions, the approval for the
 * director, and the plan's course (meetings, monitoring, renewal, closure). The page is read with one access check
 * ({@link PlanPages#page}), which also says what the viewer may do; the page shows exactly that.
 */
@Route(value = "backoffice/cases/:id/plan", layout = StaffLayout.class)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR"})
class PlanEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceCalls calls;
    private final PlanPages pages;
    private final Plans plans;
    private final PlanLifecycle lifecycle;
    private final Catalogue catalogue;
    private final Clock clock;
    private final Feedback feedback = new Feedback("plan-feedback");
    private PlanPageContext context;
    private String title = "";

    PlanEditorView(
            ServiceCalls calls,
            PlanPages pages,
            Plans plans,
            PlanLifecycle lifecycle,
            Catalogue catalogue,
            Clock clock) {
        this.calls = calls;
        this.pages = pages;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.catalogue = catalogue;
        this.clock = clock;
        addClassName("plans-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var actor = Actors.current().orElseThrow();
        var id = event.getRouteParameters()
                .get("id")
                .flatMap(PlanEditorView::parse)
                .orElse(null);
        context = new PlanPageContext(calls, actor, id, feedback, this::render, LocalDate.now(clock));
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        Optional<PlanPage> found =
                context.id() == null ? Optional.empty() : calls.find(pages.page(context.actor(), context.id()));
        if (found.isEmpty()) {
            title = getTranslation("plans.editor.not-found");
            add(new H1(title));
            return;
        }
        PlanPage page = found.get();
        title = getTranslation("plans.editor.title", page.summary().reference());
        var back = new Anchor("backoffice/cases/" + context.id(), getTranslation("plans.editor.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("plan-title");
        add(back, heading, feedback, new PlanStateSection(context, plans, page));
        if (page.may().write()) {
            add(new PlanForm(context, plans, page.plan(), calls.list(catalogue.offeredServices())));
        }
        if (page.hasPlan()) {
            add(new PlanVersionsSection(page.versions()));
        }
        var course = new Div(new MeetingsSection(
                context, lifecycle, page.meetings(), page.may().write()));
        course.addClassName("plans-lifecycle");
        if (page.hasPlan()) {
            course.add(
                    new MonitoringSection(context, lifecycle, page),
                    new RenewalSection(context, lifecycle, page),
                    new ClosureSection(context, lifecycle, page));
        }
        add(course);
    }

    private static Optional<ApplicationId> parse(String value) {
        try {
            return Optional.of(ApplicationId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
