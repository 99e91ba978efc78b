package pl.cus.portal.plans.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.plans.Plan;
import pl.cus.portal.plans.PlanDraft;
import pl.cus.portal.plans.PlanItem;
import pl.cus.portal.plans.PlanLifecycle;
import pl.cus.portal.plans.PlanVersion;
import pl.cus.portal.plans.PlanWarning;
import pl.cus.portal.plans.Plans;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.StaffLayout;

/**
 * The plan of one case in the back office: the editor for the assigned coordinator and the organiser (services from
 * the catalogue, provider, place and schedule for each, the period, the goals), the warnings, the versions, and the
 * approval for the director. Who may do what is decided by {@link Plans}; the page only hides what would be refused.
 */
@Route(value = "backoffice/cases/:id/plan", layout = StaffLayout.class)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR"})
class PlanEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Plans plans;
    private final BackOfficeApplications backOffice;
    private final Catalogue catalogue;
    private final PlanLifecycle lifecycle;
    private final Clock clock;
    private final Div feedback = new Div();
    private final List<ItemRow> rows = new ArrayList<>();
    private final Div itemList = new Div();
    private List<ServiceSummary> offered = List.of();
    private Actor actor;
    private ApplicationId id;
    private String title = "";
    private DatePicker from;
    private DatePicker to;
    private TextArea goals;
    private TextField reason;

    PlanEditorView(
            Plans plans, BackOfficeApplications backOffice, Catalogue catalogue, PlanLifecycle lifecycle, Clock clock) {
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.backOffice = backOffice;
        this.catalogue = catalogue;
        addClassName("plans-editor");
        feedback.setId("plan-feedback");
        feedback.getElement().setAttribute("role", "status");
        feedback.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = Actors.current().orElseThrow();
        id = event.getRouteParameters().get("id").flatMap(PlanEditorView::parse).orElse(null);
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        removeAll();
        rows.clear();
        itemList.removeAll();
        Optional<CaseView> view = open();
        if (view.isEmpty() || !view.get().isFull()) {
            title = getTranslation("plans.editor.not-found");
            add(new H1(title));
            return;
        }
        var summary = view.get().summary();
        title = getTranslation("plans.editor.title", summary.reference());
        var back = new Anchor("backoffice/cases/" + id, getTranslation("plans.editor.back"));
        back.addClassName("secondary-link");
        var heading = new H1(title);
        heading.setId("plan-title");
        add(back, heading, feedback);
        Optional<Plan> plan = current();
        add(stateSection(plan.orElse(null)));
        boolean writer = actor.has(Role.ORGANISER)
                || summary.assignee() != null && summary.assignee().id().equals(actor.id());
        if (writer && summary.status().isOpen()) {
            offered = catalogue.offeredServices().collectList().block(WAIT);
            add(editor(plan.orElse(null)));
        }
        plan.ifPresent(p -> add(versionsSection()));
        add(new PlanLifecycleSections(
                        lifecycle,
                        actor,
                        id,
                        plan.orElse(null),
                        writer && summary.status().isOpen(),
                        this::render,
                        this::say,
                        LocalDate.now(clock))
                .build());
    }

    private Section stateSection(Plan plan) {
        var section = new Section(new H2(getTranslation("plans.editor.state")));
        if (plan == null) {
            section.add(new Paragraph(getTranslation("plans.editor.none")));
            return section;
        }
        PlanVersion v = plan.current();
        section.add(new Paragraph(getTranslation(
                "plans.editor.version",
                v.number(),
                PlanTexts.date(v.from(), getLocale()),
                PlanTexts.date(v.to(), getLocale()))));
        section.add(new Paragraph(
                plan.agreed()
                        ? getTranslation("plans.editor.agreed", PlanTexts.date(v.agreedOn(), getLocale()))
                        : getTranslation("plans.editor.not-agreed")));
        section.add(new Paragraph(
                plan.approved()
                        ? getTranslation("plans.editor.approved", PlanTexts.date(v.approvedOn(), getLocale()))
                        : getTranslation("plans.editor.not-approved")));
        if (plan.preparedOn() != null) {
            section.add(new Paragraph(
                    getTranslation("plans.editor.prepared", PlanTexts.date(plan.preparedOn(), getLocale()))));
        }
        if (plan.changeRequest() != null) {
            var request = new Paragraph(getTranslation("plans.editor.change-request", plan.changeRequest()));
            request.setId("plan-change-request");
            section.add(request);
        }
        if (!plan.warnings().isEmpty()) {
            section.add(warnings(plan.warnings()));
        }
        if (plan.closed()) {
            var closed = new Paragraph(getTranslation(
                    "plans.editor.closed",
                    PlanTexts.date(plan.closure().closedOn(), getLocale()),
                    getTranslation("plans.outcome." + plan.closure().outcome().name())));
            closed.setId("plan-closed");
            section.add(closed);
        }
        if (actor.has(Role.DIRECTOR) && !plan.approved() && !plan.closed()) {
            var approve = new Button(getTranslation("plans.editor.approve"), click -> approve());
            approve.setId("plan-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(approve);
        }
        return section;
    }

    private Div warnings(List<PlanWarning> warnings) {
        var box = new Div(new H3(getTranslation("plans.editor.warnings")));
        box.setId("plan-warnings");
        box.addClassName("plans-warnings");
        var list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(getTranslation("plans.warning." + w.code()) + " " + w.message())));
        box.add(list);
        return box;
    }

    private Section editor(Plan plan) {
        var section = new Section(new H2(getTranslation("plans.editor.write")));
        from = new DatePicker(getTranslation("plans.editor.from"));
        from.setId("plan-from");
        to = new DatePicker(getTranslation("plans.editor.to"));
        to.setId("plan-to");
        from.addValueChangeListener(change -> limits(change.getValue()));
        goals = new TextArea(getTranslation("plans.editor.goals"));
        goals.setId("plan-goals");
        goals.setHelperText(getTranslation("plans.editor.goals-help"));
        goals.setWidthFull();
        reason = new TextField(getTranslation("plans.editor.reason"));
        reason.setId("plan-reason");
        reason.setHelperText(getTranslation("plans.editor.reason-help"));
        reason.setWidthFull();
        var add = new Button(getTranslation("plans.editor.add-service"), click -> addRow(null));
        add.setId("plan-add-service");
        var save = new Button(getTranslation("plans.editor.save"), click -> save());
        save.setId("plan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (plan != null) {
            from.setValue(plan.current().from());
            to.setValue(plan.current().to());
            goals.setValue(plan.current().goals());
            plan.current().items().forEach(this::addRow);
        } else {
            addRow(null);
        }
        section.add(from, to, new H3(getTranslation("plans.editor.services")), itemList, add, goals, reason, save);
        return section;
    }

    /** The "to" picker offers only allowed ends: 3 to 12 months, both ends counted. */
    private void limits(LocalDate start) {
        if (start == null) {
            to.setMin(null);
            to.setMax(null);
            to.setHelperText(null);
            return;
        }
        LocalDate earliest = start.plusMonths(3).minusDays(1);
        LocalDate latest = start.plusMonths(12).minusDays(1);
        to.setMin(earliest);
        to.setMax(latest);
        to.setHelperText(getTranslation(
                "plans.editor.to-help", PlanTexts.date(earliest, getLocale()), PlanTexts.date(latest, getLocale())));
    }

    private void addRow(PlanItem item) {
        var row = new ItemRow(rows.size());
        rows.add(row);
        if (item != null) {
            offered.stream()
                    .filter(s -> s.id().equals(item.serviceId()))
                    .findFirst()
                    .ifPresent(row.service::setValue);
            row.provider.setValue(item.provider());
            row.place.setValue(item.place());
            row.schedule.setValue(item.schedule());
        }
        itemList.add(row.box);
    }

    private void save() {
        clearErrors();
        List<PlanItem> items = rows.stream()
                .filter(row -> row.box.getParent().isPresent())
                .map(row -> PlanItem.of(
                        row.service.getValue() == null
                                ? null
                                : row.service.getValue().id(),
                        row.provider.getValue(),
                        row.place.getValue(),
                        row.schedule.getValue()))
                .toList();
        var draft = new PlanDraft(from.getValue(), to.getValue(), items, goals.getValue(), reason.getValue());
        try {
            Plan saved = plans.save(actor, id, draft).block(WAIT);
            render();
            say(getTranslation("plans.editor.saved", saved.current().number()));
        } catch (InvalidInput e) {
            showErrors(e);
        } catch (DomainException e) {
            say(PlanTexts.error(this, e));
        }
    }

    private void approve() {
        try {
            plans.approve(actor, id).block(WAIT);
            render();
            say(getTranslation("plans.editor.approved-now"));
        } catch (DomainException e) {
            say(PlanTexts.error(this, e));
        }
    }

    private void showErrors(InvalidInput e) {
        List<ItemRow> visible =
                rows.stream().filter(row -> row.box.getParent().isPresent()).toList();
        for (var error : e.errors()) {
            String text = PlanTexts.error(this, error.messageKey(), error.message());
            String field = error.field();
            switch (field) {
                case "from" -> invalid(from, text);
                case "to" -> invalid(to, text);
                case "goals" -> invalid(goals, text);
                case "reason" -> invalid(reason, text);
                default -> {
                    if (field.startsWith("items[")) {
                        int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
                        if (index < visible.size()) {
                            visible.get(index).invalid(field.substring(field.indexOf("].") + 2), text);
                        }
                    }
                }
            }
        }
        say(getTranslation("plans.editor.fix"));
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private void clearErrors() {
        from.setInvalid(false);
        to.setInvalid(false);
        goals.setInvalid(false);
        reason.setInvalid(false);
        rows.forEach(ItemRow::clear);
    }

    private Section versionsSection() {
        var section = new Section(new H2(getTranslation("plans.editor.versions")));
        var list = new OrderedList();
        list.setId("plan-versions");
        try {
            for (PlanVersion v : plans.versions(actor, id).collectList().block(WAIT)) {
                var entry = new ListItem(getTranslation(
                        "plans.editor.version-line",
                        v.number(),
                        PlanTexts.date(v.from(), getLocale()),
                        PlanTexts.date(v.to(), getLocale()),
                        v.writtenBy()));
                if (v.reason() != null) {
                    entry.add(new Paragraph(getTranslation("plans.editor.version-reason", v.reason())));
                }
                var services = new UnorderedList();
                v.items()
                        .forEach(item -> services.add(new ListItem(item.serviceName() + " — " + item.provider() + ", "
                                + item.place() + ", " + item.schedule())));
                entry.add(services);
                list.add(entry);
            }
        } catch (DomainException e) {
            list.add(new ListItem(PlanTexts.error(this, e)));
        }
        section.add(list);
        return section;
    }

    private Optional<CaseView> open() {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(backOffice.open(actor, id, "plan page").block(WAIT));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    private Optional<Plan> current() {
        try {
            return Optional.ofNullable(plans.current(actor, id).block(WAIT));
        } catch (DomainException.NotFound e) {
            return Optional.empty();
        }
    }

    private void say(String text) {
        feedback.setText(text);
    }

    private static Optional<ApplicationId> parse(String value) {
        try {
            return Optional.of(ApplicationId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One service of the plan: which, from whom, where, when; removable. */
    private final class ItemRow {
        final Div box = new Div();
        final ComboBox<ServiceSummary> service = new ComboBox<>();
        final TextField provider = new TextField();
        final TextField place = new TextField();
        final TextField schedule = new TextField();

        ItemRow(int index) {
            int n = index + 1;
            service.setLabel(getTranslation("plans.editor.service", n));
            service.setItems(offered);
            service.setItemLabelGenerator(ServiceSummary::name);
            service.setId("plan-item-" + index + "-service");
            provider.setLabel(getTranslation("plans.editor.provider", n));
            provider.setId("plan-item-" + index + "-provider");
            place.setLabel(getTranslation("plans.editor.place", n));
            place.setId("plan-item-" + index + "-place");
            schedule.setLabel(getTranslation("plans.editor.schedule", n));
            schedule.setHelperText(getTranslation("plans.editor.schedule-help"));
            schedule.setId("plan-item-" + index + "-schedule");
            var remove = new Button(getTranslation("plans.editor.remove-service", n), click -> itemList.remove(box));
            box.addClassName("plans-item");
            box.add(service, provider, place, schedule, remove);
        }

        void invalid(String field, String text) {
            switch (field) {
                case "serviceId" -> PlanEditorView.invalid(service, text);
                case "provider" -> PlanEditorView.invalid(provider, text);
                case "place" -> PlanEditorView.invalid(place, text);
                case "schedule" -> PlanEditorView.invalid(schedule, text);
                default -> {}
            }
        }

        void clear() {
            service.setInvalid(false);
            provider.setInvalid(false);
            place.setInvalid(false);
            schedule.setInvalid(false);
        }
    }
}
