package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.Formats;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.StaffProfile;
import pl.cus.portal.triage.Workload;

/**
 * "My cases": the coordinator's or family assistant's open cases, the nearest plan deadline first. The organiser and
 * the director choose whose cases to see.
 */
@Route(value = TriagePaths.CASES, layout = StaffLayout.class)
@Menu(title = "triage.nav.cases", order = 20)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR"})
class MyCasesView extends Div implements HasDynamicTitle {

    static final Set<ApplicationStatus> ACTIVE = Arrays.stream(ApplicationStatus.values())
            .filter(status -> status.isOpen() && status != ApplicationStatus.SUBMITTED)
            .collect(Collectors.toUnmodifiableSet());

    private final ServiceCalls calls;
    private final BackOfficeApplications backOffice;
    private final FamilyAssistance assistance;
    private final Clock clock;
    private final Actor actor;
    private final boolean seesEveryone;
    private final Select<StaffProfile> person = new Select<>();
    private final UnorderedList list = new UnorderedList();

    MyCasesView(
            ServiceCalls calls,
            BackOfficeApplications backOffice,
            Routing routing,
            FamilyAssistance assistance,
            Clock clock) {
        this.calls = calls;
        this.backOffice = backOffice;
        this.assistance = assistance;
        this.clock = clock;
        this.actor = Actors.current().orElseThrow();
        this.seesEveryone =
                actor.hasAny(Role.ORGANISER, Role.DIRECTOR) && !actor.hasAny(Role.COORDINATOR, Role.FAMILY_ASSISTANT);
        addClassName("triage-cases");
        add(
                new H1(getTranslation(seesEveryone ? "triage.cases.title.all" : "triage.cases.title")),
                new Paragraph(getTranslation("triage.cases.intro")));
        if (seesEveryone) {
            person.setId("cases-person");
            person.setLabel(getTranslation("triage.cases.person"));
            person.setItems(calls.get(routing.board(actor)).workloads().stream()
                    .map(Workload::profile)
                    .sorted(Comparator.comparing(StaffProfile::displayName))
                    .toList());
            person.setItemLabelGenerator(
                    profile -> profile == null ? getTranslation("triage.cases.person.all") : profile.displayName());
            person.setEmptySelectionAllowed(true);
            person.setEmptySelectionCaption(getTranslation("triage.cases.person.all"));
            person.addValueChangeListener(change -> refresh());
            add(person);
        }
        list.setId("cases-list");
        list.addClassName("triage-case-list");
        add(list);
        refresh();
    }

    private void refresh() {
        UUID whose = seesEveryone
                ? (person.getValue() == null ? null : person.getValue().accountId())
                : actor.id();
        List<CaseSummary> cases = calls.list(backOffice
                .list(actor, new CaseQuery(ACTIVE, null, whose, null, null, null, null))
                .filter(summary -> summary.assignee() != null));
        list.removeAll();
        if (cases.isEmpty()) {
            list.add(new ListItem(getTranslation("triage.cases.empty")));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        cases.stream()
                .sorted(Comparator.comparing(CaseSummary::planDueDate).thenComparing(CaseSummary::submittedAt))
                .forEach(summary -> list.add(item(summary, today)));
    }

    private ListItem item(CaseSummary summary, LocalDate today) {
        var link =
                new Anchor(TriagePaths.caseOf(summary.id()), getTranslation("triage.cases.item", summary.reference()));
        link.setId("case-link-" + summary.id());
        var heading = new H2(link);
        var what = new Paragraph(Texts.kind(summary, getLocale()) + " · " + Texts.requested(summary, getLocale())
                + " · " + Texts.status(summary, getLocale()));
        var state = new Span(Texts.deadline(summary.deadlineState(), getLocale()));
        state.setClassName(Texts.badge(summary.deadlineState()));
        var due = new Paragraph(
                new Span(getTranslation(
                                "triage.cases.due",
                                Formats.of(getLocale()).date(summary.planDueDate()),
                                Texts.daysLeft(summary.planDueDate(), today, getLocale()))
                        + " "),
                state);
        due.setId("case-due-" + summary.id());
        var item = new ListItem(heading, what, due);
        if (summary.kind() == ApplicationKind.ZA_ZYCIEM || actor.has(Role.FAMILY_ASSISTANT)) {
            item.add(assistance(summary));
        }
        if (seesEveryone) {
            item.add(new Paragraph(
                    getTranslation("triage.cases.assignee", summary.assignee().displayName())));
        }
        item.setId("case-" + summary.id());
        item.addClassName("triage-case-item");
        return item;
    }

    /** The family assistant's time limits (the assistance module computes them) and the way to the family's page. */
    private Div assistance(CaseSummary summary) {
        var box = new Div();
        box.setId("case-assistance-" + summary.id());
        var link =
                new Anchor(TriagePaths.caseOf(summary.id()) + "/assistance", getTranslation("assistance.cases.link"));
        link.setId("case-assistance-link-" + summary.id());
        box.add(new Paragraph(link));
        List<TimeLimit> limits = calls.find(
                        assistance.timeLimits(actor, summary.id()).collectList())
                .orElse(List.of());
        if (!limits.isEmpty()) {
            var formats = Formats.of(getLocale());
            var list = new UnorderedList();
            list.getElement().setAttribute("aria-label", getTranslation("assistance.cases.limits"));
            for (TimeLimit limit : limits) {
                var state = new Span(Texts.deadline(limit.state(), getLocale()));
                state.setClassName(Texts.badge(limit.state()));
                String month = formats.month(limit.month());
                list.add(new ListItem(
                        new Span(getTranslation(
                                        "assistance.limit." + limit.rule().id(), month) + ": "
                                + formats.date(limit.due()) + " "),
                        state));
            }
            box.add(list);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(seesEveryone ? "triage.cases.title.all" : "triage.cases.title");
    }
}
