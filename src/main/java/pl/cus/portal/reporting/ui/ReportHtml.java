package pl.cus.portal.reporting.ui;

import static pl.cus.portal.reporting.ui.Markup.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.cus.portal.reporting.Figure;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.shared.ui.Formats;

/**
 * The building blocks of the reports' HTML: tables of figures, breakdowns, charts with their data table, numbers and
 * dates in the reader's language. The reports page has links (numbers open the cases behind them, charts keep their
 * data table in a {@code <details>}); the printable report has none and its tables open. Every text comes from the
 * reporting bundle; every value is escaped.
 */
final class ReportHtml {

    static final String CASES_PATH = "backoffice/reports/cases";

    @FunctionalInterface
    interface Texts {
        String t(String key, Object... params);
    }

    private final Texts texts;
    private final Locale locale;
    private final boolean links;
    private final boolean print;
    private final Formats formats;

    ReportHtml(Texts texts, Locale locale, boolean links, boolean print) {
        this.texts = texts;
        this.locale = locale;
        this.links = links;
        this.print = print;
        this.formats = Formats.of(locale);
    }

    // ---- building blocks

    record Row(String label, String value, Figure figure, String key, ReportPeriod period, long count) {}

    Row row(String label, long count, Figure figure, String key, ReportPeriod period) {
        return new Row(label, null, figure, key, period, count);
    }

    Row plain(String label, String value) {
        return new Row(label, value, null, null, null, 0);
    }

    String figures(String caption, List<Row> rows) {
        var html = new StringBuilder("<table class=\"report-figures\"><caption>")
                .append(esc(caption))
                .append("</caption><tbody>");
        for (Row row : rows) {
            html.append("<tr><th scope=\"row\">").append(esc(row.label())).append("</th>");
            html.append(
                    row.value() != null
                            ? "<td class=\"report-number\">" + esc(row.value()) + "</td>"
                            : cell(row.count(), row.figure(), row.key(), row.period()));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    String breakdown(String caption, Map<String, Long> counts, String labelPrefix, Figure figure, ReportPeriod period) {
        var html = new StringBuilder(tableHead(caption, t("reporting.column.item"), t("reporting.column.count")));
        counts.forEach((key, n) -> html.append("<tr><th scope=\"row\">")
                .append(esc(t(labelPrefix + key)))
                .append("</th>")
                .append(cell(n, figure, key, period))
                .append("</tr>"));
        return html.append("</tbody></table>").toString();
    }

    /** A number cell; a link to the cases behind it when links are on and there are cases. */
    String cell(long count, Figure figure, String key, ReportPeriod period) {
        String value = number(count);
        if (!links || figure == null || count == 0) {
            return "<td class=\"report-number\">" + value + "</td>";
        }
        return "<td class=\"report-number\"><a href=\"" + esc(casesLink(figure, key, period)) + "\" title=\""
                + esc(t("reporting.cases.open")) + "\">" + value + "</a></td>";
    }

    static String casesLink(Figure figure, String key, ReportPeriod period) {
        return CASES_PATH + "?figure=" + figure.name()
                + (key == null ? "" : "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8)) + "&from="
                + period.from() + "&to=" + period.to();
    }

    String chart(String title, SvgBarChart chart, String table) {
        return "<figure class=\"report-chart-block\"><figcaption>" + esc(title) + "</figcaption>" + chart.svg()
                + "<details" + (print ? " open" : "") + "><summary>" + esc(t("reporting.chart.data")) + "</summary>"
                + table + "</details></figure>";
    }

    String tableHead(String caption, String... columns) {
        var html = new StringBuilder("<table class=\"report-table\"><caption>")
                .append(esc(caption))
                .append("</caption><thead><tr>");
        for (String column : columns) {
            html.append("<th scope=\"col\">").append(esc(column)).append("</th>");
        }
        return html.append("</tr></thead><tbody>").toString();
    }

    StringBuilder open(String id, String title) {
        return new StringBuilder("<section class=\"report-section\" aria-labelledby=\"")
                .append(id)
                .append("-title\"><h2 id=\"")
                .append(id)
                .append("-title\">")
                .append(esc(title))
                .append("</h2>");
    }

    static String close(StringBuilder html) {
        return html.append("</section>").toString();
    }

    String note(String text) {
        return "<p class=\"report-note\">" + esc(text) + "</p>";
    }

    String number(long n) {
        return formats.number(n);
    }

    String days(Double value) {
        if (value == null) {
            return "—";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return t("reporting.days", format.format(value));
    }

    String date(LocalDate date) {
        return date == null ? "—" : esc(formats.shortDate(date));
    }

    String period(ReportPeriod period) {
        return t("reporting.period", formats.shortDate(period.from()), formats.shortDate(period.to()));
    }

    String month(String month) {
        return formats.month(YearMonth.parse(month));
    }

    String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
