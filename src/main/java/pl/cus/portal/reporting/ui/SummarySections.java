package pl.cus.portal.reporting.ui;

import static pl.cus.portal.reporting.ui.Markup.esc;

import java.util.List;
import pl.cus.portal.reporting.Figure;
import pl.cus.portal.reporting.ReportSummary;
import pl.cus.portal.reporting.YearOutcomes;

/** The summary's sections about applications, plans, pauses, outcomes and the services in plans. */
final class SummarySections {

    private final ReportHtml blocks;

    SummarySections(ReportHtml blocks) {
        this.blocks = blocks;
    }

    /** Every section of the summary, in the order the reports page and the printed report show them. */
    static List<String> all(ReportHtml html, ReportSummary summary, List<YearOutcomes> years) {
        var sections = new SummarySections(html);
        var trends = new TrendSections(html);
        return List.of(
                sections.applications(summary),
                sections.plans(summary),
                sections.pauses(summary),
                sections.outcomes(summary),
                sections.services(summary),
                trends.caseload(summary),
                trends.years(years),
                trends.familyAssistance(summary, years));
    }

    String applications(ReportSummary s) {
        var html = blocks.open("report-applications", blocks.t("reporting.section.applications"));
        html.append(blocks.figures(
                blocks.t("reporting.section.applications"),
                List.of(blocks.row(
                        blocks.t("reporting.figure.received"),
                        s.applicationsReceived(),
                        Figure.RECEIVED,
                        null,
                        s.period()))));
        html.append(blocks.breakdown(
                blocks.t("reporting.csv.by-kind"), s.byKind(), "reporting.kind.", Figure.RECEIVED_KIND, s.period()));
        html.append(blocks.breakdown(
                blocks.t("reporting.csv.by-channel"),
                s.byChannel(),
                "reporting.channel.",
                Figure.RECEIVED_CHANNEL,
                s.period()));
        html.append(blocks.note(blocks.t("reporting.note.channel")));
        return blocks.close(html);
    }

    String plans(ReportSummary s) {
        var html = blocks.open("report-plans", blocks.t("reporting.section.plans"));
        html.append(blocks.figures(
                blocks.t("reporting.section.plans"),
                List.of(
                        blocks.row(
                                blocks.t("reporting.figure.prepared"),
                                s.plansPrepared(),
                                Figure.PREPARED,
                                null,
                                s.period()),
                        blocks.row(
                                blocks.t("reporting.figure.on-time"),
                                s.plansOnTime(),
                                Figure.ON_TIME,
                                null,
                                s.period()),
                        blocks.row(blocks.t("reporting.figure.late"), s.plansLate(), Figure.LATE, null, s.period()),
                        blocks.plain(blocks.t("reporting.figure.median"), blocks.days(s.medianDaysToPlan())),
                        blocks.plain(blocks.t("reporting.figure.p90"), blocks.days(s.p90DaysToPlan())))));
        html.append(blocks.note(blocks.t("reporting.note.plans")));
        String title = blocks.t("reporting.chart.months", blocks.period(s.period()));
        var chart = new SvgBarChart("chart-months", title)
                .series(blocks.t("reporting.series.on-time"))
                .series(blocks.t("reporting.series.late"))
                .format(blocks::number);
        var table = new StringBuilder(blocks.tableHead(
                title,
                blocks.t("reporting.column.month"),
                blocks.t("reporting.series.on-time"),
                blocks.t("reporting.series.late")));
        for (var month : s.plansByMonth()) {
            String name = blocks.month(month.month());
            chart.category(name, month.onTime(), month.late());
            table.append("<tr><th scope=\"row\">")
                    .append(esc(name))
                    .append("</th>")
                    .append(blocks.cell(month.onTime(), Figure.MONTH_ON_TIME, month.month(), s.period()))
                    .append(blocks.cell(month.late(), Figure.MONTH_LATE, month.month(), s.period()))
                    .append("</tr>");
        }
        html.append(blocks.chart(title, chart, table.append("</tbody></table>").toString()));
        return blocks.close(html);
    }

    String pauses(ReportSummary s) {
        var html = blocks.open("report-pauses", blocks.t("reporting.section.pauses"));
        html.append(blocks.figures(
                blocks.t("reporting.section.pauses"),
                List.of(
                        blocks.row(blocks.t("reporting.figure.pauses"), s.pauses(), null, null, s.period()),
                        blocks.row(
                                blocks.t("reporting.figure.paused-applications"),
                                s.pausedApplications(),
                                Figure.PAUSED,
                                null,
                                s.period()))));
        html.append(blocks.breakdown(
                blocks.t("reporting.csv.by-reason"),
                s.pausesByReason(),
                "reporting.pause.",
                Figure.PAUSED,
                s.period()));
        html.append(blocks.note(blocks.t("reporting.note.pauses")));
        return blocks.close(html);
    }

    String outcomes(ReportSummary s) {
        var html = blocks.open("report-outcomes", blocks.t("reporting.section.outcomes"));
        html.append(blocks.figures(
                blocks.t("reporting.section.outcomes"),
                List.of(
                        blocks.row(
                                blocks.t("reporting.figure.forwarded"),
                                s.forwarded(),
                                Figure.FORWARDED,
                                null,
                                s.period()),
                        blocks.row(
                                blocks.t("reporting.figure.refused"), s.refused(), Figure.REFUSED, null, s.period()))));
        html.append(blocks.breakdown(
                blocks.t("reporting.csv.by-destination"),
                s.forwardedByDestination(),
                "reporting.destination.",
                Figure.FORWARDED,
                s.period()));
        if (!s.forwardedTo().isEmpty()) {
            var table = new StringBuilder(blocks.tableHead(
                    blocks.t("reporting.csv.forwarded-to"),
                    blocks.t("reporting.column.destination"),
                    blocks.t("reporting.column.to"),
                    blocks.t("reporting.column.count")));
            for (var destination : s.forwardedTo()) {
                table.append("<tr><td>")
                        .append(esc(blocks.t("reporting.destination." + destination.destination())))
                        .append("</td><th scope=\"row\">")
                        .append(esc(destination.to() == null ? "—" : destination.to()))
                        .append("</th><td class=\"report-number\">")
                        .append(blocks.number(destination.count()))
                        .append("</td></tr>");
            }
            html.append(table).append("</tbody></table>");
        }
        return blocks.close(html);
    }

    String services(ReportSummary s) {
        var html = blocks.open("report-services", blocks.t("reporting.section.services"));
        html.append(blocks.note(blocks.t("reporting.note.services")));
        if (s.services().isEmpty()) {
            html.append("<p>").append(esc(blocks.t("reporting.empty"))).append("</p>");
            return blocks.close(html);
        }
        var table = new StringBuilder(blocks.tableHead(
                blocks.t("reporting.section.services"),
                blocks.t("reporting.column.programme"),
                blocks.t("reporting.column.service"),
                blocks.t("reporting.column.provider"),
                blocks.t("reporting.column.plans")));
        for (var service : s.services()) {
            table.append("<tr><td>")
                    .append(esc(
                            service.programme() == null
                                    ? blocks.t("reporting.services.no-programme")
                                    : service.programme()))
                    .append("</td><th scope=\"row\">")
                    .append(esc(service.service()))
                    .append("</th><td>")
                    .append(esc(
                            service.provider().isEmpty()
                                    ? blocks.t("reporting.services.no-provider")
                                    : service.provider()))
                    .append("</td>")
                    .append(blocks.cell(
                            service.plans(),
                            Figure.SERVICE,
                            service.serviceId() + "|" + service.provider(),
                            s.period()))
                    .append("</tr>");
        }
        html.append(table).append("</tbody></table>");
        return blocks.close(html);
    }
}
