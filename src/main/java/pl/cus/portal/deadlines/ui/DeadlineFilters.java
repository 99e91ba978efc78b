package pl.cus.portal.deadlines.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.BoardFilter;

/** The board's filters: coordinator, team, kind and state; any change reloads the board. */
class DeadlineFilters extends Div {

    private static final List<DeadlineState> OPEN_STATES =
            List.of(DeadlineState.OVERDUE, DeadlineState.DUE_SOON, DeadlineState.ON_TRACK);

    private final ComboBox<UUID> coordinator = new ComboBox<>();
    private final ComboBox<String> team = new ComboBox<>();
    private final Select<String> kind = new Select<>();
    private final Select<DeadlineState> state = new Select<>();

    DeadlineFilters(Function<UUID, String> names, Runnable changed) {
        coordinator.setId("filter-coordinator");
        coordinator.setLabel(getTranslation("deadlines.filter.coordinator"));
        coordinator.setItemLabelGenerator(names::apply);
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
        coordinator.addValueChangeListener(e -> changed.run());
        team.addValueChangeListener(e -> changed.run());
        kind.addValueChangeListener(e -> changed.run());
        state.addValueChangeListener(e -> changed.run());
        add(new H2(getTranslation("deadlines.board.filters")), coordinator, team, kind, state);
        addClassName("deadline-filters");
    }

    BoardFilter filter() {
        Set<DeadlineState> states = state.getValue() == null ? null : Set.of(state.getValue());
        String chosenKind = kind.getValue() == null || kind.getValue().isEmpty() ? null : kind.getValue();
        return new BoardFilter(coordinator.getValue(), team.getValue(), chosenKind, states);
    }

    /** The coordinators and teams the board knows now, keeping the current choices. */
    void offer(List<UUID> coordinators, List<String> teams) {
        options(coordinator, coordinators);
        options(team, teams);
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
}
