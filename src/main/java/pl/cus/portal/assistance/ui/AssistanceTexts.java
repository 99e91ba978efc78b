package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.shared.ui.Formats;

/** A family-assistance time limit in words, with its state as a badge. */
final class AssistanceTexts {

    private AssistanceTexts() {}

    /** "Next meeting with the family: 12 November 2026 — due soon"; the state in words, never colour alone. */
    static Span limit(Component component, TimeLimit limit, Locale locale) {
        Formats formats = Formats.of(locale);
        String what =
                component.getTranslation("assistance.limit." + limit.rule().id(), formats.month(limit.month()));
        var state = new Span(
                component.getTranslation("assistance.state." + limit.state().name()));
        // The deadline board's badge classes (cus.css): colour supports the words, never replaces them.
        state.setClassName("badge deadline-badge deadline-"
                + limit.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var line = new Span(what + ": " + formats.date(limit.due()) + " — ");
        line.add(state);
        return line;
    }
}
