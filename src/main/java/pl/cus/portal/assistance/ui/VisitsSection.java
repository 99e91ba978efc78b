package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.shared.ui.Formats;

/** The visits and contacts, newest first, and the form to log one while the work runs. */
class VisitsSection extends Section {

    VisitsSection(AssistancePage page, AssistanceCase c, boolean running) {
        setId("assistance-visits");
        addClassName("assistance-section");
        add(new H2(getTranslation("assistance.visits.title")));
        Map<UUID, String> titles = c.workPlan().goals().stream()
                .collect(Collectors.toMap(WorkPlan.Goal::id, WorkPlan.Goal::title, (a, b) -> a));
        var list = new UnorderedList();
        list.setId("visit-list");
        c.visits().reversed().forEach(visit -> list.add(new ListItem(line(visit, titles))));
        if (c.visits().isEmpty()) {
            list.add(new ListItem(getTranslation("assistance.visits.none")));
        }
        add(list);
        if (running) {
            add(new VisitForm(page, c));
        }
    }

    private String line(Visit visit, Map<UUID, String> titles) {
        String goals = visit.goalIds().stream()
                .map(titles::get)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return getTranslation(
                        "assistance.visits.item",
                        Formats.of(getLocale()).date(visit.on()),
                        getTranslation("assistance.visit.kind." + visit.kind().name()),
                        visit.durationMinutes())
                + (goals.isEmpty() ? "" : " · " + getTranslation("assistance.visits.goals", goals))
                + " · "
                + visit.notes();
    }
}
