package pl.cus.portal.intake.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ResidentLayout;
import pl.cus.portal.shared.ui.ServiceCalls;

/** "My matters": the resident's applications with where each stands and whether the centre is on time, and drafts. */
@Route(value = IntakePaths.MATTERS, layout = ResidentLayout.class)
@Menu(title = "intake.nav.matters", order = 20)
@PermitAll
class MattersView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceCalls calls;
    private final Applications applications;
    private final Drafts drafts;

    MattersView(ServiceCalls calls, Applications applications, Drafts drafts) {
        this.calls = calls;
        this.applications = applications;
        this.drafts = drafts;
        addClassName("matters");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Actor> actor = ResidentGate.enter(event, this);
        if (actor.isEmpty()) {
            return;
        }
        add(new H1(getTranslation("intake.matters.title")));
        var start = new Anchor(IntakePaths.APPLY, getTranslation("intake.matters.new"));
        start.setId("matters-new");
        start.addClassName("secondary-link");
        add(new Paragraph(start));
        add(applicationsSection(actor.get()));
        add(new DraftList(calls, drafts, actor.get()));
    }

    private Section applicationsSection(Actor resident) {
        var section = new Section(new H2(getTranslation("intake.matters.applications")));
        List<ApplicationView> mine = calls.list(applications.mine(resident));
        var list = new UnorderedList();
        list.setId("matters-list");
        list.addClassName("matters-list");
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("intake.matters.none")));
        } else {
            mine.forEach(application -> list.add(item(application)));
        }
        section.add(list);
        return section;
    }

    private ListItem item(ApplicationView application) {
        var link = new Anchor(
                IntakePaths.matter(application.id()),
                getTranslation(
                        "intake.matters.item-title",
                        Wording.kind(application.kind(), getLocale()),
                        application.reference()));
        link.setId("matter-link-" + application.id());
        var heading = new H3(link);
        var status = new Paragraph(
                getTranslation("intake.matters.status", Wording.status(application.status(), getLocale())));
        var submitted = new Paragraph(getTranslation(
                "intake.matters.submitted",
                Formats.of(getLocale()).date(LocalDate.ofInstant(application.submittedAt(), Formats.CENTRE))));
        var due = new Paragraph(Wording.deadline(application.deadlineState(), application.planDueDate(), getLocale()));
        due.setId("matter-due-" + application.id());
        due.addClassName("deadline");
        if (application.deadlineState() != null) {
            due.addClassName("deadline-" + application.deadlineState().name().toLowerCase(java.util.Locale.ROOT));
        }
        var item = new ListItem(heading, status, submitted, due);
        item.setId("matter-" + application.id());
        item.addClassName("matter-item");
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.matters.title");
    }
}
