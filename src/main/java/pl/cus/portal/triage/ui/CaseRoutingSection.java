package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.function.Consumer;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.intake.CaseView.Capabilities;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.ui.Feedback;
import pl.cus.portal.shared.ui.ServiceCalls;
import pl.cus.portal.triage.CaseAssignments;
import pl.cus.portal.triage.Routing;
import pl.cus.portal.triage.Routing.RoutingBoard;

/** Who routing suggests for an open case, and assigning it (the organiser) or taking it (staff of its kind). */
class CaseRoutingSection extends TitledSection {

    /** @param changed told the confirmation after the case was assigned or taken */
    CaseRoutingSection(
            ServiceCalls calls,
            Routing routing,
            CaseAssignments assignments,
            Actor actor,
            CaseSummary summary,
            Capabilities may,
            Feedback feedback,
            Locale locale,
            Consumer<String> changed) {
        super("case-routing", "triage.case.routing");
        if (!summary.status().isOpen()) {
            add(new Paragraph(getTranslation("triage.case.closed")));
            return;
        }
        RoutingBoard board = calls.get(routing.board(actor));
        var suggestion = new Paragraph(
                getTranslation("triage.case.suggestion", board.suggest(summary).reason(locale)));
        suggestion.setId("case-suggestion");
        add(suggestion);
        var buttons = new Div();
        buttons.addClassName("triage-actions");
        if (may.assign()) {
            var assign = new Button(
                    getTranslation(summary.assignee() == null ? "triage.action.assign" : "triage.action.reassign"),
                    click -> new AssignDialog(
                                    calls,
                                    assignments,
                                    actor,
                                    summary,
                                    board,
                                    done -> changed.accept(getTranslation(
                                            "triage.assign.done",
                                            done.reference(),
                                            done.assignee().displayName())))
                            .open());
            assign.setId("case-assign");
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(assign);
        } else if (may.take()) {
            var take = new Button(
                    getTranslation("triage.action.take"),
                    click -> calls.attempt(assignments.take(actor, summary.id()), feedback)
                            .ifPresent(
                                    done -> changed.accept(getTranslation("triage.assign.taken", done.reference()))));
            take.setId("case-take");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(take);
        }
        add(buttons);
    }
}
