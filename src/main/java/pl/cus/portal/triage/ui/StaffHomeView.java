package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.i18n.Messages;
import pl.cus.portal.shared.ui.StaffLayout;

/** The back office's start page: how many new applications wait, one's own cases, and those due soon. */
@Route(value = "backoffice", layout = StaffLayout.class)
@Menu(title = "nav.backoffice-home", order = 0)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR", "ADMIN"})
class StaffHomeView extends Div implements HasDynamicTitle {

    private static final Duration WAIT = Duration.ofSeconds(5);

    StaffHomeView(BackOfficeApplications backOffice) {
        addClassName("staff-home");
        Actor actor = Actors.current().orElseThrow();
        add(
                new H1(getTranslation("backoffice.welcome", actor.displayName())),
                new Paragraph(getTranslation("backoffice.intro")));
        var tiles = new Div();
        tiles.addClassName("home-tiles");
        if (actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT, Role.ORGANISER, Role.DIRECTOR)) {
            long waiting = count(backOffice
                    .count(
                            actor,
                            new CaseQuery(Set.of(ApplicationStatus.SUBMITTED), true, null, null, null, null, null))
                    .block(WAIT));
            tiles.add(tile("home-queue", "triage.home.queue", waiting, TriagePaths.QUEUE, "triage.home.go-queue"));
        }
        if (actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT)) {
            List<CaseSummary> mine = backOffice
                    .list(actor, new CaseQuery(MyCasesView.ACTIVE, null, actor.id(), null, null, null, null))
                    .collectList()
                    .block(WAIT);
            long dueSoon = mine.stream()
                    .filter(c ->
                            c.deadlineState() == DeadlineState.DUE_SOON || c.deadlineState() == DeadlineState.OVERDUE)
                    .count();
            tiles.add(tile("home-mine", "triage.home.mine", mine.size(), TriagePaths.CASES, "triage.home.go-cases"));
            tiles.add(
                    tile("home-due-soon", "triage.home.due-soon", dueSoon, TriagePaths.CASES, "triage.home.go-cases"));
        } else if (actor.hasAny(Role.ORGANISER, Role.DIRECTOR)) {
            long open = count(backOffice
                    .count(actor, new CaseQuery(MyCasesView.ACTIVE, null, null, null, null, null, null))
                    .block(WAIT));
            tiles.add(tile("home-open", "triage.home.all-open", open, TriagePaths.CASES, "triage.home.go-cases"));
        }
        if (actor.has(Role.ADMIN)) {
            var routing = new Anchor(TriagePaths.ROUTING, getTranslation("triage.home.go-routing"));
            routing.setId("home-routing");
            tiles.add(new Paragraph(routing));
        }
        add(tiles);
    }

    private static long count(Long counted) {
        return counted == null ? 0 : counted;
    }

    private Section tile(String id, String titleKey, long count, String path, String linkKey) {
        var heading = new H2(getTranslation(titleKey));
        heading.setId(id + "-title");
        var number = new Paragraph(Messages.number(count, getLocale()));
        number.setId(id + "-count");
        number.addClassName("home-count");
        var tile = new Section(heading, number, new Anchor(path, getTranslation(linkKey)));
        tile.setId(id);
        tile.addClassName("home-tile");
        tile.getElement().setAttribute("aria-labelledby", id + "-title");
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.page-title");
    }
}
