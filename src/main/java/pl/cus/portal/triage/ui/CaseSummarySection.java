package pl.cus.portal.triage.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import pl.cus.portal.intake.CaseSummary;
import pl.cus.portal.shared.ui.Formats;

/** What anyone who may see the case sees: reference, kind, status, waiting time, the plan's deadline, assignee. */
class CaseSummarySection extends TitledSection {

    CaseSummarySection(CaseSummary summary, LocalDate today, Locale locale) {
        super("case-summary-section", "triage.case.summary");
        var formats = Formats.of(locale);
        var list = new DescriptionList();
        list.setId("case-summary");
        term(list, "triage.case.reference", summary.reference());
        term(list, "triage.case.kind", Texts.kind(summary, locale));
        term(list, "triage.case.status", Texts.status(summary, locale));
        term(list, "triage.case.submitted", formats.dateTime(summary.submittedAt()));
        term(list, "triage.case.waiting", Texts.waiting(summary, today, locale));
        var state = new Span(Texts.deadline(summary.deadlineState(), locale));
        state.setClassName(Texts.badge(summary.deadlineState()));
        var due = new Span(formats.date(summary.planDueDate()) + " — "
                + Texts.daysLeft(summary.planDueDate(), today, locale) + " ");
        list.add(
                new DescriptionList.Term(getTranslation("triage.case.due")),
                new DescriptionList.Description(due, state));
        term(
                list,
                summary.situation() != null ? "triage.case.situation" : "triage.case.services",
                Texts.requested(summary, locale));
        term(list, "triage.case.district", Texts.orNone(summary.district(), locale));
        term(list, "triage.case.language", Texts.language(summary.language(), locale));
        term(
                list,
                "triage.case.assignee",
                summary.assignee() == null
                        ? getTranslation("triage.case.unassigned")
                        : summary.assignee().displayName()
                                + (summary.assignee().team() == null
                                        ? ""
                                        : " (" + summary.assignee().team() + ")"));
        add(list);
    }
}
