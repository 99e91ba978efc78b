package pl.cus.portal.deadlines.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What the administrator's board shows instead of its lines: how many deadlines in each state, never which or whose. */
class CountsOnlyNote extends Paragraph {

    CountsOnlyNote() {
        setText(getTranslation("deadlines.board.counts-only"));
        setId("deadline-counts-only");
    }
}
