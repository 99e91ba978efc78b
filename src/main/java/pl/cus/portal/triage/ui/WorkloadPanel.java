package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import pl.cus.portal.triage.Workload;

/** Active cases per person: who has room for more. */
class WorkloadPanel extends Aside {

    WorkloadPanel() {
        setId("workload-panel");
        addClassName("workload-panel");
        getElement().setAttribute("aria-labelledby", "workload-title");
    }

    void show(List<Workload> workloads) {
        removeAll();
        var title = new H2(getTranslation("triage.workload.title"));
        title.setId("workload-title");
        add(title);
        if (workloads.isEmpty()) {
            add(new Paragraph(getTranslation("triage.workload.none")));
            return;
        }
        var list = new UnorderedList();
        for (Workload workload : workloads) {
            var profile = workload.profile();
            var item = new ListItem();
            item.setId("workload-" + profile.username());
            var name = new Span(profile.displayName());
            name.addClassName("workload-name");
            String role = getTranslation("triage.role." + profile.role().name())
                    + (profile.team() == null ? "" : ", " + profile.team())
                    + (profile.active() ? "" : ", " + getTranslation("triage.routing.inactive"));
            var count = new Span(Texts.workload(workload.activeCases(), workload.limit(), getLocale()));
            count.addClassName("workload-count");
            item.add(name, new Span(" (" + role + "): "), count);
            if (workload.full()) {
                var full = new Span(getTranslation("triage.workload.full"));
                full.addClassName("badge");
                full.addClassName("workload-full");
                item.add(new Span(" "), full);
            }
            list.add(item);
        }
        add(list);
    }
}
