package pl.cus.portal.reporting.ui;

import static pl.cus.portal.reporting.ui.Markup.esc;

import java.util.List;
import pl.cus.portal.reporting.FamilyAssistanceFigures;
import pl.cus.portal.reporting.Figure;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportSummary;
import pl.cus.portal.reporting.YearOutcomes;

/** The summary's sections that look beyond the period's applications: caseload, the years side by side and family assistance. */
final class TrendSections {

    private final ReportHtml blocks;

    TrendSections(ReportHtml blocks) {
        this.blocks = blocks;
    }

    String caseload(ReportSummary s) {
        var html = blocks.open("report-caseload", blocks.t("reporting.section.caseload"));
        html.append(blocks.note(blocks.t("reporting.note.caseload", blocks.date(s.asOf()))));
        if (s.caseload().isEmpty()) {
            html.append("<p>").append(esc(blocks.t("reporting.empty"))).append("</p>");
            return blocks.close(html);
        }
        String title = blocks.t("reporting.chart.caseload", blocks.date(s.asOf()));
        var chart = new SvgBarChart("chart-caseload", title)
                .series(blocks.t("reporting.series.active"))
                .markerName(blocks.t("reporting.series.limit"))
                .format(blocks::number);
        var table = new StringBuilder(blocks.tableHead(
                title,
                blocks.t("reporting.column.person"),
                blocks.t("reporting.column.role"),
                blocks.t("reporting.series.active"),
                blocks.t("reporting.series.limit"),
                blocks.t("reporting.column.load")));
        for (var person : s.caseload()) {
            String role = blocks.t("role." + person.role());
            chart.markedCategory(
                    person.name() + " (" + role + ")",
                    person.limit() == null ? null : person.limit().longValue(),
                    person.activeCases());
            String load = person.overLimit()
                    ? blocks.t("reporting.caseload.over")
                    : person.atLimit()
                            ? blocks.t("reporting.caseload.full")
                            : person.limit() == null ? "—" : blocks.t("reporting.caseload.below");
            table.append("<tr><th scope=\"row\">")
                    .append(esc(person.name()))
                    .append("</th><td>")
                    .append(esc(role))
                    .append("</td>")
                    .append(blocks.cell(
                            person.activeCases(),
                            Figure.CASELOAD,
                            person.accountId().toString(),
                            s.period()))
                    .append("<td class=\"report-number\">")
                    .append(
                            person.limit() == null
                                    ? esc(blocks.t("reporting.caseload.no-limit"))
                                    : blocks.number(person.limit()))
                    .append("</td><td>")
                    .append(esc(load))
                    .append("</td></tr>");
        }
        html.append(blocks.chart(title, chart, table.append("</tbody></table>").toString()));
        return blocks.close(html);
    }

    String years(List<YearOutcomes> years) {
        var html = blocks.open("report-years", blocks.t("reporting.section.years"));
        if (years.isEmpty()) {
            return blocks.close(html);
        }
        String title = blocks.t(
                "reporting.chart.years",
                String.valueOf(years.getFirst().year()),
                String.valueOf(years.getLast().year()));
        var chart = new SvgBarChart("chart-years", title)
                .series(blocks.t("reporting.series.received"))
                .series(blocks.t("reporting.series.prepared"))
                .series(blocks.t("reporting.series.forwarded"))
                .series(blocks.t("reporting.series.refused"))
                .series(blocks.t("reporting.series.withdrawn"))
                .format(blocks::number);
        var table = new StringBuilder(blocks.tableHead(
                title,
                blocks.t("reporting.column.year"),
                blocks.t("reporting.series.received"),
                blocks.t("reporting.series.prepared"),
                blocks.t("reporting.series.forwarded"),
                blocks.t("reporting.series.refused"),
                blocks.t("reporting.series.withdrawn")));
        for (var year : years) {
            chart.category(
                    String.valueOf(year.year()),
                    year.received(),
                    year.plansPrepared(),
                    year.forwarded(),
                    year.refused(),
                    year.withdrawn());
            ReportPeriod whole = ReportPeriod.year(year.year());
            table.append("<tr><th scope=\"row\">")
                    .append(year.year())
                    .append("</th>")
                    .append(blocks.cell(year.received(), Figure.RECEIVED, null, whole))
                    .append(blocks.cell(year.plansPrepared(), Figure.PREPARED, null, whole))
                    .append(blocks.cell(year.forwarded(), Figure.FORWARDED, null, whole))
                    .append(blocks.cell(year.refused(), Figure.REFUSED, null, whole))
                    .append("<td class=\"report-number\">")
                    .append(blocks.number(year.withdrawn()))
                    .append("</td></tr>");
        }
        html.append(blocks.chart(title, chart, table.append("</tbody></table>").toString()));
        return blocks.close(html);
    }

    String familyAssistance(ReportSummary s, List<YearOutcomes> years) {
        FamilyAssistanceFigures figures = s.familyAssistance();
        var html = blocks.open("report-family-assistance", blocks.t("reporting.section.family-assistance"));
        if (!figures.available()) {
            html.append("<p class=\"report-not-available\">")
                    .append(esc(blocks.t("reporting.assistance.not-available")))
                    .append("</p>");
            return blocks.close(html);
        }
        ReportPeriod period = s.period();
        html.append(blocks.figures(
                blocks.t("reporting.section.family-assistance"),
                List.of(
                        blocks.row(
                                blocks.t("reporting.assistance.families"),
                                figures.families(),
                                Figure.FA_FAMILIES,
                                null,
                                period),
                        blocks.plain(blocks.t("reporting.assistance.assistants"), blocks.number(figures.assistants())),
                        blocks.plain(blocks.t("reporting.assistance.children"), blocks.number(figures.children())),
                        blocks.row(
                                blocks.t("reporting.assistance.court-ordered"),
                                figures.courtOrdered(),
                                Figure.FA_COURT_ORDERED,
                                null,
                                period),
                        blocks.row(
                                blocks.t("reporting.assistance.za-zyciem"),
                                figures.zaZyciem(),
                                Figure.FA_ZA_ZYCIEM,
                                null,
                                period),
                        blocks.row(
                                blocks.t("reporting.assistance.completed"),
                                figures.completed(),
                                Figure.FA_COMPLETED,
                                null,
                                period),
                        blocks.row(
                                blocks.t("reporting.assistance.interrupted"),
                                figures.interrupted(),
                                Figure.FA_INTERRUPTED,
                                null,
                                period),
                        blocks.plain(blocks.t("reporting.assistance.visits"), blocks.number(figures.visits())),
                        blocks.plain(
                                blocks.t("reporting.assistance.monthly-reports"),
                                blocks.number(figures.monthlyReports())))));
        html.append(blocks.breakdown(
                blocks.t("reporting.assistance.interrupted-by-reason"),
                figures.interruptionReasons(),
                "reporting.assistance.reason.",
                Figure.FA_INTERRUPTED,
                period));
        html.append(blocks.note(blocks.t("reporting.note.assistance")));
        List<YearOutcomes> known = years.stream()
                .filter(year -> year.familyAssistance().available())
                .toList();
        if (known.isEmpty()) {
            return blocks.close(html);
        }
        String title = blocks.t(
                "reporting.chart.assistance-years",
                String.valueOf(known.getFirst().year()),
                String.valueOf(known.getLast().year()));
        var chart = new SvgBarChart("chart-assistance-years", title)
                .series(blocks.t("reporting.series.families"))
                .series(blocks.t("reporting.series.children"))
                .series(blocks.t("reporting.series.completed"))
                .series(blocks.t("reporting.series.interrupted"))
                .format(blocks::number);
        var table = new StringBuilder(blocks.tableHead(
                title,
                blocks.t("reporting.column.year"),
                blocks.t("reporting.series.families"),
                blocks.t("reporting.series.children"),
                blocks.t("reporting.assistance.court-ordered"),
                blocks.t("reporting.assistance.za-zyciem"),
                blocks.t("reporting.series.completed"),
                blocks.t("reporting.series.interrupted")));
        for (var year : known) {
            var fa = year.familyAssistance();
            ReportPeriod whole = ReportPeriod.year(year.year());
            chart.category(String.valueOf(year.year()), fa.families(), fa.children(), fa.completed(), fa.interrupted());
            table.append("<tr><th scope=\"row\">")
                    .append(year.year())
                    .append("</th>")
                    .append(blocks.cell(fa.families(), Figure.FA_FAMILIES, null, whole))
                    .append("<td class=\"report-number\">")
                    .append(blocks.number(fa.children()))
                    .append("</td>")
                    .append(blocks.cell(fa.courtOrdered(), Figure.FA_COURT_ORDERED, null, whole))
                    .append(blocks.cell(fa.zaZyciem(), Figure.FA_ZA_ZYCIEM, null, whole))
                    .append(blocks.cell(fa.completed(), Figure.FA_COMPLETED, null, whole))
                    .append(blocks.cell(fa.interrupted(), Figure.FA_INTERRUPTED, null, whole))
                    .append("</tr>");
        }
        html.append(blocks.chart(title, chart, table.append("</tbody></table>").toString()));
        return blocks.close(html);
    }
}
