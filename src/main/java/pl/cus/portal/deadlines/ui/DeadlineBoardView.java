package pl.cus.portal.deadlines.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.BoardCursor;
import pl.cus.portal.deadlines.BoardFilter;
import pl.cus.portal.deadlines.DeadlineBoard;
import pl.cus.portal.deadlines.DeadlinePauses;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.deadlines.StaffNotifications;
import pl.cus.portal.deadlines.TrackedDeadline;
import pl.cus.portal.deadlines.internal.DeadlineLiveProperties;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Actors;
import pl.cus.portal.shared.i18n.Messages;
import pl.cus.portal.shared.ui.StaffLayout;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * The centre's plan deadlines, live: counts per state, open deadlines by due date, filters, pauses and (for
 * organisers) the overdue notices; the administrator sees the counts only. It refreshes itself through server push when anything changes on any instance,
 * at most once per {@code cus.deadlines.live.board-coalesce}.
 */
@Route(value = "backoffice/deadlines", layout = StaffLayout.class)
@Menu(title = "deadlines.nav.board", order = 20)
@RolesAllowed({"COORDINATOR", "FAMILY_ASSISTANT", "ORGANISER", "DIRECTOR", "ADMIN"})
class DeadlineBoardView extends Div implements HasDynamicTitle {

    static final int PAGE = 100;
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);
    private static final List<DeadlineState> OPEN_STATES =
            List.of(DeadlineState.OVERDUE, DeadlineState.DUE_SOON, DeadlineState.ON_TRACK);

    private final DeadlineBoard board;
    private final DeadlineTracking tracking;
    private final Deadlines deadlines;
    private final Duration coalesce;
    private final Actor actor;

    private final Map<DeadlineState, Span> countValues = new EnumMap<>(DeadlineState.class);
    private final Paragraph finishedNote = new Paragraph();
    private final Grid<TrackedDeadline> grid = new Grid<>();
    private final Button more = new Button();
    private final ComboBox<UUID> coordinator = new ComboBox<>();
    private final ComboBox<String> team = new ComboBox<>();
    private final Select<String> kind = new Select<>();
    private final Select<DeadlineState> state = new Select<>();
    private final PausePanel pausePanel;
    private final NotificationPanel notifications;
    private final Span liveStatus = new Span();

    private final BoardSnapshots snapshots;
    private List<TrackedDeadline> rows = List.of();
    // Read by the live subscription off the UI thread; written on it.
    private volatile Request request = new Request(BoardFilter.all(), PAGE);
    private boolean applying;
    private Disposable subscription;

    DeadlineBoardView(
            DeadlineBoard board,
            DeadlineTracking tracking,
            Deadlines deadlines,
            BoardSnapshots snapshots,
            DeadlinePauses pauses,
            StaffNotifications notices,
            DeadlineLiveProperties properties) {
        this.board = board;
        this.tracking = tracking;
        this.deadlines = deadlines;
        this.snapshots = snapshots;
        this.coalesce = properties.boardCoalesce();
        this.actor = Actors.current().orElseThrow();
        this.pausePanel = new PausePanel(pauses, actor, this::reload);
        this.notifications = new NotificationPanel(notices, actor);
        addClassNames("staff-view", "deadline-board-view");
        setId("deadline-board-view");

        liveStatus.addClassName("deadline-live-status");
        liveStatus.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("deadlines.board.title")),
                new Paragraph(getTranslation("deadlines.board.lead")),
                liveStatus,
                counts());
        add(
                board.countsOnly(actor)
                        ? new Component[] {new CountsOnlyNote()}
                        : new Component[] {filters(), list(), pausePanel});
        if (notifications.visible()) {
            add(notifications);
        }
        reload();
    }

    private Div counts() {
        var region = new Div();
        region.setId("deadline-counts");
        region.addClassName("deadline-counts");
        region.getElement().setAttribute("aria-live", "polite");
        var heading = new H2(getTranslation("deadlines.board.counts"));
        var items = new Div();
        items.addClassName("deadline-count-items");
        for (DeadlineState s : DeadlineState.values()) {
            var value = new Span("0");
            value.addClassName("deadline-count-value");
            countValues.put(s, value);
            var badge = new Span(getTranslation("deadlines.state." + s.name()));
            badge.addClassNames("deadline-badge", "deadline-badge-" + s.name().toLowerCase());
            var item = new Div(badge, new Span(": "), value);
            item.setId("count-" + s.name());
            item.addClassName("deadline-count");
            items.add(item);
        }
        finishedNote.addClassName("deadline-finished-note");
        region.add(heading, items, finishedNote);
        return region;
    }

    private Div filters() {
        coordinator.setId("filter-coordinator");
        coordinator.setLabel(getTranslation("deadlines.filter.coordinator"));
        coordinator.setItemLabelGenerator(this::name);
        coordinator.setClearButtonVisible(true);
        team.setId("filter-team");
        team.setLabel(getTranslation("deadlines.filter.team"));
        team.setClearButtonVisible(true);
        kind.setId("filter-kind");
        kind.setLabel(getTranslation("deadlines.filter.kind"));
        kind.setItems("", "IPUS", "ZA_ZYCIEM");
        kind.setValue("");
        kind.setItemLabelGenerator(
                k -> k.isEmpty() ? getTranslation("deadlines.filter.any") : getTranslation("deadlines.kind." + k));
        state.setId("filter-state");
        state.setLabel(getTranslation("deadlines.filter.state"));
        state.setItems(OPEN_STATES);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("deadlines.filter.any"));
        state.setItemLabelGenerator(s ->
                s == null ? getTranslation("deadlines.filter.any") : getTranslation("deadlines.state." + s.name()));
        coordinator.addValueChangeListener(e -> reload());
        team.addValueChangeListener(e -> reload());
        kind.addValueChangeListener(e -> reload());
        state.addValueChangeListener(e -> reload());
        var filters = new Div(new H2(getTranslation("deadlines.board.filters")), coordinator, team, kind, state);
        filters.addClassName("deadline-filters");
        return filters;
    }

    private Div list() {
        grid.setId("deadline-board");
        grid.getElement().setAttribute("aria-label", getTranslation("deadlines.board.list"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(TrackedDeadline::reference)
                .setHeader(getTranslation("deadlines.column.reference"))
                .setKey("reference")
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation("deadlines.kind." + row.kind()))
                .setHeader(getTranslation("deadlines.column.kind"))
                .setKey("kind");
        grid.addColumn(row -> row.coordinatorId() == null
                        ? getTranslation("deadlines.unassigned")
                        : name(row.coordinatorId()))
                .setHeader(getTranslation("deadlines.column.coordinator"))
                .setKey("coordinator");
        grid.addColumn(row -> row.dueDate().format(dates))
                .setHeader(getTranslation("deadlines.column.due"))
                .setKey("due");
        grid.addColumn(row -> DaysLeft.text(this, row.daysLeft(deadlines.today())))
                .setHeader(getTranslation("deadlines.column.days-left"))
                .setKey("daysLeft");
        grid.addColumn(row -> getTranslation("deadlines.state." + row.state().name()))
                .setHeader(getTranslation("deadlines.column.state"))
                .setKey("state")
                .setPartNameGenerator(row -> "state-" + row.state().name().toLowerCase());
        grid.addColumn(row -> row.paused()
                        ? getTranslation(
                                "deadlines.paused.yes",
                                getTranslation("deadlines.pause.reason."
                                        + (row.pauseReason() == null
                                                ? "OTHER"
                                                : row.pauseReason().name())))
                        : getTranslation("deadlines.paused.no"))
                .setHeader(getTranslation("deadlines.column.paused"))
                .setKey("paused");
        grid.asSingleSelect().addValueChangeListener(e -> pausePanel.show(e.getValue()));

        more.setText(getTranslation("deadlines.board.more"));
        more.setId("deadline-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> loadMore());
        var list = new Div(new H2(getTranslation("deadlines.board.list")), grid, more);
        list.addClassName("deadline-list");
        return list;
    }

    private BoardFilter filter() {
        Set<DeadlineState> states = state.getValue() == null ? null : Set.of(state.getValue());
        String chosenKind = kind.getValue() == null || kind.getValue().isEmpty() ? null : kind.getValue();
        return new BoardFilter(coordinator.getValue(), team.getValue(), chosenKind, states);
    }

    /** Loads the board now, on the UI thread (first render, a filter change, a pause started or ended). */
    private void reload() {
        if (applying) {
            return;
        }
        request = new Request(filter(), Math.max(PAGE, rows.size()));
        var data = snapshots.now(actor, request.filter(), request.limit()).block(QUERY_TIMEOUT);
        apply(data, notifications.load().block(QUERY_TIMEOUT));
    }

    private void loadMore() {
        if (rows.isEmpty()) {
            return;
        }
        List<TrackedDeadline> next = board.page(actor, request.filter(), BoardCursor.after(rows.getLast()), PAGE)
                .collectList()
                .block(QUERY_TIMEOUT);
        snapshots.resolve(next, List.of()).block(QUERY_TIMEOUT);
        List<TrackedDeadline> all = new ArrayList<>(rows);
        all.addAll(next);
        rows = List.copyOf(all);
        grid.setItems(rows);
        more.setVisible(next.size() == PAGE);
        request = new Request(request.filter(), rows.size());
    }

    private void apply(BoardSnapshots.BoardData data, NotificationPanel.Notices notices) {
        applying = true;
        try {
            data.counts().counts().forEach((s, n) -> countValues.get(s).setText(Messages.number(n, getLocale())));
            finishedNote.setText(getTranslation(
                    "deadlines.board.finished-window", data.counts().finishedWindowDays()));
            TrackedDeadline selected = grid.asSingleSelect().getValue();
            rows = data.rows();
            grid.setItems(rows);
            more.setVisible(rows.size() == data.limit());
            if (selected != null) {
                rows.stream()
                        .filter(r -> r.applicationId().equals(selected.applicationId()))
                        .findFirst()
                        .ifPresentOrElse(grid::select, () -> pausePanel.show(null));
            }
            notifications.show(notices);
            options(coordinator, data.coordinators());
            options(team, data.teams());
        } finally {
            applying = false;
        }
    }

    /** New filter options without losing the current choice (setting items clears the value). */
    private static <T> void options(ComboBox<T> box, List<T> items) {
        if (items.equals(box.getListDataView().getItems().toList())) {
            return;
        }
        T chosen = box.getValue();
        box.setItems(items);
        if (chosen != null && items.contains(chosen)) {
            box.setValue(chosen);
        }
    }

    private String name(UUID id) {
        return snapshots.name(id);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // A burst of changes becomes one refresh per interval; the queries run off the UI thread (and are shared
        // with the other boards showing the same filter), then the result is pushed.
        subscription = tracking.updates()
                .filter(DeadlineTracking::concerns)
                .sample(coalesce)
                .onBackpressureLatest()
                .concatMap(
                        event -> {
                            Request current = request;
                            return snapshots
                                    .after(event.sequence(), actor, current.filter(), current.limit())
                                    .zipWith(notifications.load())
                                    .onErrorResume(error -> Mono.empty());
                        },
                        1)
                .subscribe(both -> ui.access(() -> {
                    apply(both.getT1(), both.getT2());
                    liveStatus.setText(getTranslation("deadlines.board.updated"));
                }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.dispose();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadlines.board.page-title");
    }

    private record Request(BoardFilter filter, int limit) {}
}
