package pl.cus.portal.assistance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.YearMonth;
import java.util.function.Consumer;
import pl.cus.portal.assistance.MonthlyReport;

/** The report's texts: editable with the submit button while the reader may submit, read-only otherwise. */
class ReportForm extends Div {

    /** The texts as edited. */
    public record Input(String contacts, String goalsWorkedOn, String summary) {

        MonthlyReport.Edit edit(YearMonth month) {
            return new MonthlyReport.Edit(month, contacts, goalsWorkedOn, summary);
        }
    }

    ReportForm(MonthlyReport report, boolean editable, Consumer<Input> submit) {
        var contacts = area("report-contacts", "assistance.report.contacts", editable);
        var goals = area("report-goals", "assistance.report.goals", editable);
        var summary = area("report-summary", "assistance.report.summary", editable);
        summary.setHelperText(editable ? getTranslation("assistance.report.summary-help") : null);
        var binder = new Binder<>(Input.class);
        binder.forField(contacts).bind("contacts");
        binder.forField(goals).bind("goalsWorkedOn");
        binder.forField(summary).bind("summary");
        binder.readRecord(
                new Input(orEmpty(report.contacts()), orEmpty(report.goalsWorkedOn()), orEmpty(report.summary())));
        add(contacts, goals, summary);
        if (editable) {
            add(Fields.primary(
                    "report-submit",
                    getTranslation("assistance.report.submit"),
                    () -> submit.accept(Fields.written(binder))));
        }
    }

    private TextArea area(String id, String labelKey, boolean editable) {
        var area = Fields.area(id, getTranslation(labelKey));
        area.setReadOnly(!editable);
        return area;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
