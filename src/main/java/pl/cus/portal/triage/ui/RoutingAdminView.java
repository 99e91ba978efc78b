package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.shared.ui.StaffLayout;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.RoutingRule;
import pl.cus.portal.triage.StaffProfile;

/** Routing settings: staff profiles (team, districts, languages) and district → team rules. The organiser may look. */
@Route(value = TriagePaths.ROUTING, layout = StaffLayout.class)
@Menu(title = "triage.nav.routing", order = 40)
@RolesAllowed({"ADMIN", "ORGANISER"})
class RoutingAdminView extends Div implements HasDynamicTitle {

    private final ServiceCalls calls;
    private final Routing routing;
    private final Actor actor;
    private final boolean editable;
    private final Grid<StaffProfile> profiles = new Grid<>();
    private final Grid<RoutingRule> rules = new Grid<>();
    private final Feedback feedback = new Feedback("routing-feedback");
    private ProfileForm profileForm;

    RoutingAdminView(ServiceCalls calls, Routing routing) {
        this.calls = calls;
        this.routing = routing;
        this.actor = Actors.current().orElseThrow();
        this.editable = actor.has(Role.ADMIN);
        addClassName("triage-routing");
        add(new H1(getTranslation("triage.routing.title")), new Paragraph(getTranslation("triage.routing.intro")));
        if (!editable) {
            var readOnly = new Paragraph(getTranslation("triage.routing.read-only"));
            readOnly.setId("routing-read-only");
            add(readOnly);
        }
        add(feedback, profilesSection(), rulesSection());
        refresh();
    }

    private Section profilesSection() {
        var title = new H2(getTranslation("triage.routing.profiles"));
        title.setId("routing-profiles-title");
        var section = new Section(title);
        section.getElement().setAttribute("aria-labelledby", "routing-profiles-title");
        profiles.setId("routing-profiles");
        profiles.setAllRowsVisible(true);
        profiles.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        profiles.getElement().setAttribute("aria-label", getTranslation("triage.routing.profiles"));
        profiles.addColumn(StaffProfile::displayName).setHeader(getTranslation("triage.routing.name"));
        profiles.addColumn(StaffProfile::username)
                .setHeader(getTranslation("triage.routing.username"))
                .setAutoWidth(true);
        profiles.addColumn(p -> getTranslation("triage.role." + p.role().name())
                        + (p.active() ? "" : " (" + getTranslation("triage.routing.inactive") + ")"))
                .setHeader(getTranslation("triage.routing.role"));
        profiles.addColumn(p -> Texts.orNone(p.team(), getLocale())).setHeader(getTranslation("triage.routing.team"));
        profiles.addColumn(p -> p.districts().stream().sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("triage.routing.districts"));
        profiles.addColumn(p -> p.languages().stream()
                        .sorted()
                        .map(l -> Texts.language(l, getLocale()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("triage.routing.languages"));
        section.add(profiles);
        if (editable) {
            profiles.addComponentColumn(p -> {
                        var edit = new Button(
                                getTranslation("triage.routing.edit", p.displayName()), click -> profileForm.edit(p));
                        edit.setId("routing-edit-" + p.username());
                        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                        return edit;
                    })
                    .setAutoWidth(true);
            profileForm = new ProfileForm(calls, routing, actor, feedback, this::refresh);
            section.add(profileForm);
        }
        return section;
    }

    private Section rulesSection() {
        var title = new H2(getTranslation("triage.routing.rules"));
        title.setId("routing-rules-title");
        var section = new Section(title);
        section.getElement().setAttribute("aria-labelledby", "routing-rules-title");
        rules.setId("routing-rules");
        rules.setAllRowsVisible(true);
        rules.getElement().setAttribute("aria-label", getTranslation("triage.routing.rules"));
        rules.addColumn(RoutingRule::district).setHeader(getTranslation("triage.routing.district"));
        rules.addColumn(RoutingRule::team).setHeader(getTranslation("triage.routing.rule-team"));
        section.add(rules);
        if (editable) {
            rules.addComponentColumn(rule -> {
                        var delete =
                                new Button(getTranslation("triage.routing.delete-rule", rule.district()), click -> {
                                    calls.get(routing.deleteRule(actor, rule.district()));
                                    feedback.ok(getTranslation("triage.routing.rule-deleted", rule.district()));
                                    refresh();
                                });
                        delete.addThemeVariants(
                                ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                        return delete;
                    })
                    .setAutoWidth(true);
            section.add(new RuleForm(calls, routing, actor, feedback, this::refresh));
        }
        return section;
    }

    private void refresh() {
        profiles.setItems(calls.list(routing.profiles(actor)));
        rules.setItems(calls.list(routing.rules(actor)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("triage.routing.title");
    }
}
