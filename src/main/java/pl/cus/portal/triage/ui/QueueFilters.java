package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.CaseQuery;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.triage.Routing.RoutingBoard;

/** The queue's filters (kind, district, language, deadline, search) as one group; any change refreshes the queue. */
class QueueFilters extends Div {

    private final Select<ApplicationKind> kind = new Select<>();
    private final Select<String> district = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<DeadlineState> deadline = new Select<>();
    private final TextField search = new TextField();

    QueueFilters(Runnable changed) {
        kind.setId("filter-kind");
        kind.setLabel(getTranslation("triage.queue.filter.kind"));
        kind.setItems(ApplicationKind.values());
        any(kind);
        kind.setItemLabelGenerator(value -> value == null
                ? getTranslation("triage.queue.filter.any")
                : getTranslation("triage.kind." + value.name()));

        district.setId("filter-district");
        district.setLabel(getTranslation("triage.queue.filter.district"));
        any(district);

        language.setId("filter-language");
        language.setLabel(getTranslation("triage.queue.filter.language"));
        language.setItems("pl", "en", "uk");
        any(language);
        language.setItemLabelGenerator(value ->
                value == null ? getTranslation("triage.queue.filter.any") : Texts.language(value, getLocale()));

        deadline.setId("filter-deadline");
        deadline.setLabel(getTranslation("triage.queue.filter.deadline"));
        deadline.setItems(DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.OVERDUE);
        any(deadline);
        deadline.setItemLabelGenerator(value ->
                value == null ? getTranslation("triage.queue.filter.any") : Texts.deadline(value, getLocale()));

        search.setId("queue-search");
        search.setLabel(getTranslation("triage.queue.search"));
        search.setHelperText(getTranslation("triage.queue.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        Stream.of(kind, district, language, deadline)
                .forEach(select -> select.addValueChangeListener(change -> changed.run()));
        search.addValueChangeListener(change -> changed.run());

        add(kind, district, language, deadline, search);
        addClassName("triage-filters");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("triage.queue.filters"));
    }

    private void any(Select<?> select) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("triage.queue.filter.any"));
    }

    /** New, unassigned applications as the filters narrow them (the deadline is filtered by {@link #shows}). */
    CaseQuery query() {
        return new CaseQuery(
                Set.of(ApplicationStatus.SUBMITTED),
                true,
                null,
                kind.getValue(),
                district.getValue(),
                language.getValue(),
                search.getValue().isBlank() ? null : search.getValue().strip());
    }

    boolean shows(CaseSummary summary) {
        return deadline.getValue() == null || deadline.getValue() == summary.deadlineState();
    }

    /** The districts routing knows, and any an application in the queue names. */
    void updateDistricts(RoutingBoard board, List<CaseSummary> queue) {
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
}
