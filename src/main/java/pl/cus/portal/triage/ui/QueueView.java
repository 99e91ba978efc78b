package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationAssessed;
import pl.cus.portal.intake.ApplicationAssigned;
import pl.cus.portal.intake.ApplicationForwarded;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationNotQualified;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.ApplicationSubmitted;
import pl.cus.portal.intake.ApplicationWithdrawn;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventStream;
import pl.cus.portal.shared.Role;
import pl.cus.portal.shared.ui.StaffLayout;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.Routing.RoutingBoard;
import pl.cus.portal.triage.RoutingSuggestions;
import pl.cus.portal.triage.Suggestion;
import pl.cus.portal.triage.internal.TriageProperties;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/**
 * The triage queue: new, unassigned applications, oldest first, with the routing suggestion for each. It refreshes
 * itself from the event log, so a new application appears without reloading; bursts of events cause one refresh.
 */
@Route(value = TriagePaths.QUEUE, layout = StaffLayout.class)
@Menu(title = "triage.nav.queue", order = 10)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR"})
class QueueView extends Div implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(QueueView.class);
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** Events after which the queue may look different. */
    static final Set<Class<? extends DomainEvent>> QUEUE_EVENTS = Set.of(
            ApplicationSubmitted.class,
            ApplicationWithdrawn.class,
            ApplicationAssigned.class,
            ApplicationForwarded.class,
            ApplicationNotQualified.class,
            ApplicationAssessed.class);

    private final BackOfficeApplications backOffice;
    private final Routing routing;
    private final CaseAssignments assignments;
    private final EventStream events;
    private final TriageProperties properties;
    private final Clock clock;
    private final Actor actor;

    private final Select<ApplicationKind> kind = new Select<>();
    private final Select<String> district = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<DeadlineState> deadline = new Select<>();
    private final TextField search = new TextField();
    private final Grid<CaseSummary> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Feedback feedback = new Feedback("queue-feedback");
    private final Span live = new Span();
    private final WorkloadPanel workloads = new WorkloadPanel();
    private RoutingBoard board = new RoutingBoard(List.of(), List.of());
    private Disposable subscription;

    QueueView(
            BackOfficeApplications backOffice,
            Routing routing,
            CaseAssignments assignments,
            EventStream events,
            TriageProperties properties,
            Clock clock) {
        this.backOffice = backOffice;
        this.routing = routing;
        this.assignments = assignments;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.actor = Actors.current().orElseThrow();
        addClassName("triage-queue");

        var main = new Section();
        main.addClassName("triage-queue-main");
        main.add(new H1(getTranslation("triage.queue.title")), new Paragraph(getTranslation("triage.queue.intro")));
        main.add(filters(), feedback, count, grid);
        live.setId("queue-live");
        live.addClassName("visually-hidden");
        live.getElement().setAttribute("aria-live", "polite");
        main.add(live);
        configureGrid();

        var layout = new Div(main, workloads);
        layout.addClassName("triage-queue-layout");
        add(layout);
        refresh();
    }

    private Div filters() {
        kind.setId("filter-kind");
        kind.setLabel(getTranslation("triage.queue.filter.kind"));
        kind.setItems(ApplicationKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("triage.queue.filter.any"));
        kind.setItemLabelGenerator(value -> value == null
                ? getTranslation("triage.queue.filter.any")
                : getTranslation("triage.kind." + value.name()));

        district.setId("filter-district");
        district.setLabel(getTranslation("triage.queue.filter.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("triage.queue.filter.any"));

        language.setId("filter-language");
        language.setLabel(getTranslation("triage.queue.filter.language"));
        language.setItems("pl", "en", "uk");
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("triage.queue.filter.any"));
        language.setItemLabelGenerator(value ->
                value == null ? getTranslation("triage.queue.filter.any") : Texts.language(value, getLocale()));

        deadline.setId("filter-deadline");
        deadline.setLabel(getTranslation("triage.queue.filter.deadline"));
        deadline.setItems(DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.OVERDUE);
        deadline.setEmptySelectionAllowed(true);
        deadline.setEmptySelectionCaption(getTranslation("triage.queue.filter.any"));
        deadline.setItemLabelGenerator(value ->
                value == null ? getTranslation("triage.queue.filter.any") : Texts.deadline(value, getLocale()));

        search.setId("queue-search");
        search.setLabel(getTranslation("triage.queue.search"));
        search.setHelperText(getTranslation("triage.queue.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        Stream.of(kind, district, language, deadline)
                .forEach(select -> select.addValueChangeListener(change -> refresh()));
        search.addValueChangeListener(change -> refresh());

        var filters = new Div(kind, district, language, deadline, search);
        filters.addClassName("triage-filters");
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("triage.queue.filters"));
        return filters;
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.addClassName("triage-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("triage.queue.title"));
        grid.addComponentColumn(summary -> {
                    var link = new Anchor(TriagePaths.caseOf(summary.id()), summary.reference());
                    link.setId("queue-open-" + summary.id());
                    return link;
                })
                .setHeader(getTranslation("triage.queue.col.reference"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(summary -> Texts.kind(summary, getLocale()))
                .setHeader(getTranslation("triage.queue.col.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(summary -> Texts.requested(summary, getLocale()))
                .setHeader(getTranslation("triage.queue.col.requested"))
                .setFlexGrow(2);
        grid.addColumn(summary -> Texts.orNone(summary.district(), getLocale()))
                .setHeader(getTranslation("triage.queue.col.district"))
                .setAutoWidth(true);
        grid.addColumn(summary -> Texts.language(summary.language(), getLocale()))
                .setHeader(getTranslation("triage.queue.col.language"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(summary -> Texts.waiting(summary, today(), getLocale()))
                .setHeader(getTranslation("triage.queue.col.waiting"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::due)
                .setHeader(getTranslation("triage.queue.col.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::suggestion)
                .setHeader(getTranslation("triage.queue.col.suggestion"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("triage.queue.col.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private Div due(CaseSummary summary) {
        var days = new Span(Texts.daysLeft(summary.planDueDate(), today(), getLocale()));
        var state = new Span(Texts.deadline(summary.deadlineState(), getLocale()));
        state.setClassName(Texts.badge(summary.deadlineState()));
        var cell = new Div(days, new Span(" "), state);
        cell.setId("queue-due-" + summary.id());
        return cell;
    }

    private Div suggestion(CaseSummary summary) {
        Suggestion suggestion = board.suggest(summary);
        var text = new Div(suggestion.reason(getLocale()));
        text.setId("queue-suggestion-" + summary.id());
        text.addClassName(suggestion.found() ? "suggestion" : "suggestion-none");
        return text;
    }

    private Div actions(CaseSummary summary) {
        var cell = new Div();
        if (actor.has(Role.ORGANISER)) {
            var assign = new Button(getTranslation("triage.action.assign"), click -> openAssign(summary));
            assign.setId("queue-assign-" + summary.id());
            assign.getElement()
                    .setAttribute("aria-label", getTranslation("triage.action.assign") + " " + summary.reference());
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            cell.add(assign);
        } else if (actor.has(RoutingSuggestions.roleFor(summary.kind()))) {
            var take = new Button(getTranslation("triage.action.take"), click -> take(summary));
            take.setId("queue-take-" + summary.id());
            take.getElement()
                    .setAttribute("aria-label", getTranslation("triage.action.take") + ": " + summary.reference());
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            cell.add(take);
        }
        return cell;
    }

    private void openAssign(CaseSummary summary) {
        new AssignDialog(assignments, actor, summary, board, done -> {
                    feedback.ok(getTranslation(
                            "triage.assign.done",
                            done.reference(),
                            done.assignee().displayName()));
                    refresh();
                })
                .open();
    }

    private void take(CaseSummary summary) {
        try {
            var done = assignments.take(actor, summary.id()).block(WAIT);
            feedback.ok(getTranslation("triage.assign.taken", done.reference()));
            getUI().ifPresent(ui -> ui.navigate(TriagePaths.caseOf(done.id())));
        } catch (pl.cus.portal.shared.DomainException refused) {
            feedback.error(Texts.error(refused, getLocale()));
            refresh();
        }
    }

    private void refresh() {
        board = routing.board(actor).block(WAIT);
        var query = new CaseQuery(
                Set.of(ApplicationStatus.SUBMITTED),
                true,
                null,
                kind.getValue(),
                district.getValue(),
                language.getValue(),
                search.getValue().isBlank() ? null : search.getValue().strip());
        List<CaseSummary> queue = backOffice.list(actor, query).collectList().block(WAIT);
        List<CaseSummary> shown = queue.stream()
                .filter(summary -> deadline.getValue() == null || deadline.getValue() == summary.deadlineState())
                .sorted(Comparator.comparing(CaseSummary::submittedAt))
                .toList();
        grid.setItems(shown);
        count.setId("queue-count");
        count.setText(
                shown.isEmpty()
                        ? getTranslation("triage.queue.empty")
                        : getTranslation(
                                pl.cus.portal.triage.Plurals.key("triage.queue.count", shown.size(), getLocale()),
                                shown.size()));
        updateDistricts(queue);
        workloads.show(board.workloads());
    }

    /** The districts routing knows, and any an application in the queue names. */
    private void updateDistricts(List<CaseSummary> queue) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        board.rules().forEach(rule -> names.add(rule.district()));
        board.workloads().forEach(w -> names.addAll(w.profile().districts()));
        queue.stream()
                .map(CaseSummary::district)
                .filter(d -> d != null && !d.isBlank())
                .forEach(names::add);
        String chosen = district.getValue();
        if (chosen != null) {
            names.add(chosen);
        }
        List<String> options = List.copyOf(names);
        if (!options.equals(district.getListDataView().getItems().toList())) {
            district.setItems(options);
            district.setValue(chosen);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        subscription = events.live()
                .filter(stored -> stored.isAnyOf(QUEUE_EVENTS))
                // Bursts (a dozen submissions at once) cause one refresh, not a dozen.
                .bufferTimeout(100, properties.liveRefresh())
                .publishOn(Schedulers.boundedElastic())
                .subscribe(
                        batch -> {
                            try {
                                ui.access(() -> {
                                    refresh();
                                    live.setText(getTranslation(
                                            "triage.queue.updated",
                                            DateTimeFormatter.ofPattern("HH:mm:ss")
                                                    .format(java.time.LocalTime.now(clock))));
                                });
                            } catch (UIDetachedException closed) {
                                // The tab went away between the event and the refresh; onDetach disposes the
                                // subscription.
                            }
                        },
                        error -> log.warn("Live queue updates stopped: {}", error.toString()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.dispose();
            subscription = null;
        }
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("triage.queue.title");
    }
}
