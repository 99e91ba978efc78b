package pl.cus.portal.deadlines.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Map;
import pl.cus.portal.calendar.DeadlineState;
import pl.cus.portal.deadlines.BoardCounts;
import pl.cus.portal.shared.ui.Formats;

/** How many deadlines are in each state, announced politely when the numbers change. */
class DeadlineCounts extends Div {

    private final Map<DeadlineState, Span> values = new EnumMap<>(DeadlineState.class);
    private final Paragraph finishedNote = new Paragraph();

    DeadlineCounts() {
        setId("deadline-counts");
        addClassName("deadline-counts");
        getElement().setAttribute("aria-live", "polite");
        var heading = new H2(getTranslation("deadlines.board.counts"));
        var items = new Div();
        items.addClassName("deadline-count-items");
        for (DeadlineState s : DeadlineState.values()) {
            var value = new Span("0");
            value.addClassName("deadline-count-value");
            values.put(s, value);
            var badge = new Span(getTranslation("deadlines.state." + s.name()));
            badge.addClassNames("deadline-badge", "deadline-badge-" + s.name().toLowerCase());
            var item = new Div(badge, new Span(": "), value);
            item.setId("count-" + s.name());
            item.addClassName("deadline-count");
            items.add(item);
        }
        finishedNote.addClassName("deadline-finished-note");
        add(heading, items, finishedNote);
    }

    void show(BoardCounts counts) {
        var formats = Formats.of(getLocale());
        counts.counts().forEach((s, n) -> values.get(s).setText(formats.number(n)));
        finishedNote.setText(getTranslation("deadlines.board.finished-window", counts.finishedWindowDays()));
    }
}
