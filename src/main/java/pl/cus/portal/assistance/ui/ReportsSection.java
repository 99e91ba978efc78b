package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.shared.ui.Formats;

/** The months of the assistance, newest first, each linked to its report and saying whether it was submitted. */
class ReportsSection extends Section {

    ReportsSection(AssistanceCase c, LocalDate today) {
        setId("assistance-reports");
        addClassName("assistance-section");
        add(
                new H2(getTranslation("assistance.reports.title")),
                new Paragraph(getTranslation("assistance.reports.intro")));
        Formats formats = Formats.of(getLocale());
        YearMonth first = YearMonth.from(c.consentOn());
        YearMonth last = YearMonth.from(today);
        if (c.ending() != null && YearMonth.from(c.ending().endedOn()).isBefore(last)) {
            last = YearMonth.from(c.ending().endedOn());
        }
        Map<YearMonth, MonthlyReport> submitted =
                c.reports().stream().collect(Collectors.toMap(MonthlyReport::month, r -> r));
        var list = new UnorderedList();
        list.setId("report-months");
        for (YearMonth month = last; !month.isBefore(first); month = month.minusMonths(1)) {
            MonthlyReport report = submitted.get(month);
            var link = new Anchor(
                    AssistancePaths.report(c.applicationId(), month),
                    getTranslation("assistance.reports.month-link", formats.month(month)));
            link.setId("report-link-" + month);
            list.add(new ListItem(
                    link,
                    new Span(" — "
                            + (report == null
                                    ? getTranslation("assistance.reports.not-submitted")
                                    : getTranslation(
                                            "assistance.reports.submitted-on", formats.date(report.submittedOn()))))));
        }
        add(list);
    }
}
