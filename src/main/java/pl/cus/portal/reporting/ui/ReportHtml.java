package pl.cus.portal.reporting.ui;

import static pl.cus.portal.reporting.ui.Markup.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.cus.portal.reporting.CaseList;
import pl.cus.portal.reporting.FamilyAssistanceFigures;
import pl.cus.portal.reporting.Figure;
import pl.cus.portal.reporting.MeetingPack;
import pl.cus.portal.reporting.ReportCase;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportSummary;
import pl.cus.portal.reporting.YearOutcomes;

/**
 * The summary's sections as HTML, shared by the reports page (numbers link to the cases behind them, charts keep their
 * data table in a {@code <details>}) and the printable report (no links, tables open). Every text comes from the
 * reporting bundle; every value is escaped.
 */
final class ReportHtml {

    static final String CASES_PATH = "backoffice/reports/cases";
    static final String CASE_PATH = "backoffice/cases/";

    @FunctionalInterface
    interface Texts {
        String t(String key, Object... params);
    }

    private final Texts texts;
    private final Locale locale;
    private final boolean links;
    private final boolean print;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    ReportHtml(Texts texts, Locale locale, boolean links, boolean print) {
        this.texts = texts;
        this.locale = locale;
        this.links = links;
        this.print = print;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.months = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    }

    String applications(ReportSummary s) {
        var html = open("report-applications", t("reporting.section.applications"));
        html.append(figures(
                t("reporting.section.applications"),
                List.of(row(
                        t("reporting.figure.received"), s.applicationsReceived(), Figure.RECEIVED, null, s.period()))));
        html.append(
                breakdown(t("reporting.csv.by-kind"), s.byKind(), "reporting.kind.", Figure.RECEIVED_KIND, s.period()));
        html.append(breakdown(
                t("reporting.csv.by-channel"),
                s.byChannel(),
                "reporting.channel.",
                Figure.RECEIVED_CHANNEL,
                s.period()));
        html.append(note(t("reporting.note.channel")));
        return close(html);
    }

    String plans(ReportSummary s) {
        var html = open("report-plans", t("reporting.section.plans"));
        html.append(figures(
                t("reporting.section.plans"),
                List.of(
                        row(t("reporting.figure.prepared"), s.plansPrepared(), Figure.PREPARED, null, s.period()),
                        row(t("reporting.figure.on-time"), s.plansOnTime(), Figure.ON_TIME, null, s.period()),
                        row(t("reporting.figure.late"), s.plansLate(), Figure.LATE, null, s.period()),
                        plain(t("reporting.figure.median"), days(s.medianDaysToPlan())),
                        plain(t("reporting.figure.p90"), days(s.p90DaysToPlan())))));
        html.append(note(t("reporting.note.plans")));
        String title = t("reporting.chart.months", period(s.period()));
        var chart = new SvgBarChart("chart-months", title)
                .series(t("reporting.series.on-time"))
                .series(t("reporting.series.late"))
                .format(this::number);
        var table = new StringBuilder(tableHead(
                title, t("reporting.column.month"), t("reporting.series.on-time"), t("reporting.series.late")));
        for (var month : s.plansByMonth()) {
            String name = month(month.month());
            chart.category(name, month.onTime(), month.late());
            table.append("<tr><th scope=\"row\">")
                    .append(esc(name))
                    .append("</th>")
                    .append(cell(month.onTime(), Figure.MONTH_ON_TIME, month.month(), s.period()))
                    .append(cell(month.late(), Figure.MONTH_LATE, month.month(), s.period()))
                    .append("</tr>");
        }
        html.append(chart(title, chart, table.append("</tbody></table>").toString()));
        return close(html);
    }

    String pauses(ReportSummary s) {
        var html = open("report-pauses", t("reporting.section.pauses"));
        html.append(figures(
                t("reporting.section.pauses"),
                List.of(
                        row(t("reporting.figure.pauses"), s.pauses(), null, null, s.period()),
                        row(
                                t("reporting.figure.paused-applications"),
                                s.pausedApplications(),
                                Figure.PAUSED,
                                null,
                                s.period()))));
        html.append(breakdown(
                t("reporting.csv.by-reason"), s.pausesByReason(), "reporting.pause.", Figure.PAUSED, s.period()));
        html.append(note(t("reporting.note.pauses")));
        return close(html);
    }

    String outcomes(ReportSummary s) {
        var html = open("report-outcomes", t("reporting.section.outcomes"));
        html.append(figures(
                t("reporting.section.outcomes"),
                List.of(
                        row(t("reporting.figure.forwarded"), s.forwarded(), Figure.FORWARDED, null, s.period()),
                        row(t("reporting.figure.refused"), s.refused(), Figure.REFUSED, null, s.period()))));
        html.append(breakdown(
                t("reporting.csv.by-destination"),
                s.forwardedByDestination(),
                "reporting.destination.",
                Figure.FORWARDED,
                s.period()));
        if (!s.forwardedTo().isEmpty()) {
            var table = new StringBuilder(tableHead(
                    t("reporting.csv.forwarded-to"),
                    t("reporting.column.destination"),
                    t("reporting.column.to"),
                    t("reporting.column.count")));
            for (var destination : s.forwardedTo()) {
                table.append("<tr><td>")
                        .append(esc(t("reporting.destination." + destination.destination())))
                        .append("</td><th scope=\"row\">")
                        .append(esc(destination.to() == null ? "—" : destination.to()))
                        .append("</th><td class=\"report-number\">")
                        .append(number(destination.count()))
                        .append("</td></tr>");
            }
            html.append(table).append("</tbody></table>");
        }
        return close(html);
    }

    String services(ReportSummary s) {
        var html = open("report-services", t("reporting.section.services"));
        html.append(note(t("reporting.note.services")));
        if (s.services().isEmpty()) {
            html.append("<p>").append(esc(t("reporting.empty"))).append("</p>");
            return close(html);
        }
        var table = new StringBuilder(tableHead(
                t("reporting.section.services"),
                t("reporting.column.programme"),
                t("reporting.column.service"),
                t("reporting.column.provider"),
                t("reporting.column.plans")));
        for (var service : s.services()) {
            table.append("<tr><td>")
                    .append(esc(
                            service.programme() == null ? t("reporting.services.no-programme") : service.programme()))
                    .append("</td><th scope=\"row\">")
                    .append(esc(service.service()))
                    .append("</th><td>")
                    .append(esc(
                            service.provider().isEmpty() ? t("reporting.services.no-provider") : service.provider()))
                    .append("</td>")
                    .append(cell(
                            service.plans(),
                            Figure.SERVICE,
                            service.serviceId() + "|" + service.provider(),
                            s.period()))
                    .append("</tr>");
        }
        html.append(table).append("</tbody></table>");
        return close(html);
    }

    String caseload(ReportSummary s) {
        var html = open("report-caseload", t("reporting.section.caseload"));
        html.append(note(t("reporting.note.caseload", date(s.asOf()))));
        if (s.caseload().isEmpty()) {
            html.append("<p>").append(esc(t("reporting.empty"))).append("</p>");
            return close(html);
        }
        String title = t("reporting.chart.caseload", date(s.asOf()));
        var chart = new SvgBarChart("chart-caseload", title)
                .series(t("reporting.series.active"))
                .markerName(t("reporting.series.limit"))
                .format(this::number);
        var table = new StringBuilder(tableHead(
                title,
                t("reporting.column.person"),
                t("reporting.column.role"),
                t("reporting.series.active"),
                t("reporting.series.limit"),
                t("reporting.column.load")));
        for (var person : s.caseload()) {
            String role = t("role." + person.role());
            chart.markedCategory(
                    person.name() + " (" + role + ")",
                    person.limit() == null ? null : person.limit().longValue(),
                    person.activeCases());
            String load = person.overLimit()
                    ? t("reporting.caseload.over")
                    : person.atLimit()
                            ? t("reporting.caseload.full")
                            : person.limit() == null ? "—" : t("reporting.caseload.below");
            table.append("<tr><th scope=\"row\">")
                    .append(esc(person.name()))
                    .append("</th><td>")
                    .append(esc(role))
                    .append("</td>")
                    .append(cell(
                            person.activeCases(),
                            Figure.CASELOAD,
                            person.accountId().toString(),
                            s.period()))
                    .append("<td class=\"report-number\">")
                    .append(person.limit() == null ? esc(t("reporting.caseload.no-limit")) : number(person.limit()))
                    .append("</td><td>")
                    .append(esc(load))
                    .append("</td></tr>");
        }
        html.append(chart(title, chart, table.append("</tbody></table>").toString()));
        return close(html);
    }

    String years(List<YearOutcomes> years) {
        var html = open("report-years", t("reporting.section.years"));
        if (years.isEmpty()) {
            return close(html);
        }
        String title = t(
                "reporting.chart.years",
                String.valueOf(years.getFirst().year()),
                String.valueOf(years.getLast().year()));
        var chart = new SvgBarChart("chart-years", title)
                .series(t("reporting.series.received"))
                .series(t("reporting.series.prepared"))
                .series(t("reporting.series.forwarded"))
                .series(t("reporting.series.refused"))
                .series(t("reporting.series.withdrawn"))
                .format(this::number);
        var table = new StringBuilder(tableHead(
                title,
                t("reporting.column.year"),
                t("reporting.series.received"),
                t("reporting.series.prepared"),
                t("reporting.series.forwarded"),
                t("reporting.series.refused"),
                t("reporting.series.withdrawn")));
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
                    .append(cell(year.received(), Figure.RECEIVED, null, whole))
                    .append(cell(year.plansPrepared(), Figure.PREPARED, null, whole))
                    .append(cell(year.forwarded(), Figure.FORWARDED, null, whole))
                    .append(cell(year.refused(), Figure.REFUSED, null, whole))
                    .append("<td class=\"report-number\">")
                    .append(number(year.withdrawn()))
                    .append("</td></tr>");
        }
        html.append(chart(title, chart, table.append("</tbody></table>").toString()));
        return close(html);
    }

    String familyAssistance(ReportSummary s, List<YearOutcomes> years) {
        FamilyAssistanceFigures figures = s.familyAssistance();
        var html = open("report-family-assistance", t("reporting.section.family-assistance"));
        if (!figures.available()) {
            html.append("<p class=\"report-not-available\">")
                    .append(esc(t("reporting.assistance.not-available")))
                    .append("</p>");
            return close(html);
        }
        ReportPeriod period = s.period();
        html.append(figures(
                t("reporting.section.family-assistance"),
                List.of(
                        row(t("reporting.assistance.families"), figures.families(), Figure.FA_FAMILIES, null, period),
                        plain(t("reporting.assistance.assistants"), number(figures.assistants())),
                        plain(t("reporting.assistance.children"), number(figures.children())),
                        row(
                                t("reporting.assistance.court-ordered"),
                                figures.courtOrdered(),
                                Figure.FA_COURT_ORDERED,
                                null,
                                period),
                        row(t("reporting.assistance.za-zyciem"), figures.zaZyciem(), Figure.FA_ZA_ZYCIEM, null, period),
                        row(
                                t("reporting.assistance.completed"),
                                figures.completed(),
                                Figure.FA_COMPLETED,
                                null,
                                period),
                        row(
                                t("reporting.assistance.interrupted"),
                                figures.interrupted(),
                                Figure.FA_INTERRUPTED,
                                null,
                                period),
                        plain(t("reporting.assistance.visits"), number(figures.visits())),
                        plain(t("reporting.assistance.monthly-reports"), number(figures.monthlyReports())))));
        html.append(breakdown(
                t("reporting.assistance.interrupted-by-reason"),
                figures.interruptionReasons(),
                "reporting.assistance.reason.",
                Figure.FA_INTERRUPTED,
                period));
        html.append(note(t("reporting.note.assistance")));
        List<YearOutcomes> known = years.stream()
                .filter(year -> year.familyAssistance().available())
                .toList();
        if (known.isEmpty()) {
            return close(html);
        }
        String title = t(
                "reporting.chart.assistance-years",
                String.valueOf(known.getFirst().year()),
                String.valueOf(known.getLast().year()));
        var chart = new SvgBarChart("chart-assistance-years", title)
                .series(t("reporting.series.families"))
                .series(t("reporting.series.children"))
                .series(t("reporting.series.completed"))
                .series(t("reporting.series.interrupted"))
                .format(this::number);
        var table = new StringBuilder(tableHead(
                title,
                t("reporting.column.year"),
                t("reporting.series.families"),
                t("reporting.series.children"),
                t("reporting.assistance.court-ordered"),
                t("reporting.assistance.za-zyciem"),
                t("reporting.series.completed"),
                t("reporting.series.interrupted")));
        for (var year : known) {
            var fa = year.familyAssistance();
            ReportPeriod whole = ReportPeriod.year(year.year());
            chart.category(String.valueOf(year.year()), fa.families(), fa.children(), fa.completed(), fa.interrupted());
            table.append("<tr><th scope=\"row\">")
                    .append(year.year())
                    .append("</th>")
                    .append(cell(fa.families(), Figure.FA_FAMILIES, null, whole))
                    .append("<td class=\"report-number\">")
                    .append(number(fa.children()))
                    .append("</td>")
                    .append(cell(fa.courtOrdered(), Figure.FA_COURT_ORDERED, null, whole))
                    .append(cell(fa.zaZyciem(), Figure.FA_ZA_ZYCIEM, null, whole))
                    .append(cell(fa.completed(), Figure.FA_COMPLETED, null, whole))
                    .append(cell(fa.interrupted(), Figure.FA_INTERRUPTED, null, whole))
                    .append("</tr>");
        }
        html.append(chart(title, chart, table.append("</tbody></table>").toString()));
        return close(html);
    }

    String cases(CaseList list) {
        var html = new StringBuilder("<div class=\"report-cases\">");
        if (list.cases().isEmpty()) {
            return html.append("<p>")
                    .append(esc(t("reporting.cases.none")))
                    .append("</p></div>")
                    .toString();
        }
        html.append(tableHead(
                t("reporting.cases.caption", number(list.total())),
                t("reporting.column.reference"),
                t("reporting.column.kind"),
                t("reporting.column.status"),
                t("reporting.column.submitted"),
                t("reporting.column.due"),
                t("reporting.column.prepared"),
                t("reporting.column.closed"),
                t("reporting.column.assignee")));
        for (ReportCase row : list.cases()) {
            html.append("<tr><th scope=\"row\"><a href=\"")
                    .append(CASE_PATH)
                    .append(row.applicationId())
                    .append("\">")
                    .append(esc(row.reference() == null ? row.applicationId() : row.reference()))
                    .append("</a></th><td>")
                    .append(esc(t("reporting.kind." + row.kind())))
                    .append("</td><td>")
                    .append(esc(t("reporting.status." + row.status())))
                    .append("</td><td>")
                    .append(date(row.submittedOn()))
                    .append("</td><td>")
                    .append(date(row.planDueDate()))
                    .append("</td><td>")
                    .append(date(row.planPreparedOn()))
                    .append("</td><td>")
                    .append(date(row.closedOn()))
                    .append("</td><td>")
                    .append(esc(row.assignee() == null ? "—" : row.assignee()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    String meeting(MeetingPack pack) {
        var html = new StringBuilder("<div class=\"report-meeting\">");
        html.append(figures(
                t("reporting.meeting.issues"),
                List.of(
                        plain(t("reporting.issue.OVERDUE"), number(pack.count(MeetingPack.Issue.OVERDUE))),
                        plain(t("reporting.issue.DUE_SOON"), number(pack.count(MeetingPack.Issue.DUE_SOON))),
                        plain(t("reporting.issue.PAUSED"), number(pack.count(MeetingPack.Issue.PAUSED))),
                        plain(
                                t("reporting.issue.CHANGE_REQUESTED"),
                                number(pack.count(MeetingPack.Issue.CHANGE_REQUESTED))),
                        plain(t("reporting.meeting.open"), number(pack.total())))));
        html.append("<h2 id=\"meeting-discuss\">")
                .append(esc(t("reporting.meeting.discuss")))
                .append("</h2>");
        html.append(meetingTable(t("reporting.meeting.discuss"), pack.toDiscuss()));
        html.append("<h2 id=\"meeting-all\">")
                .append(esc(t("reporting.meeting.all")))
                .append("</h2>");
        if (pack.total() > pack.plans().size()) {
            html.append(
                    note(t("reporting.meeting.truncated", number(pack.plans().size()), number(pack.total()))));
        }
        html.append(meetingTable(t("reporting.meeting.all"), pack.plans()));
        return html.append("</div>").toString();
    }

    private String meetingTable(String caption, List<MeetingPack.OpenPlan> plans) {
        if (plans.isEmpty()) {
            return "<p>" + esc(t("reporting.empty")) + "</p>";
        }
        var html = new StringBuilder(tableHead(
                caption,
                t("reporting.column.reference"),
                t("reporting.column.assignee"),
                t("reporting.column.status"),
                t("reporting.column.deadline"),
                t("reporting.column.due"),
                t("reporting.column.plan-to"),
                t("reporting.column.issues")));
        for (var plan : plans) {
            String issues = String.join(
                    ", ",
                    plan.issues().stream()
                            .map(issue -> t("reporting.issue." + issue.name()))
                            .toList());
            html.append("<tr><th scope=\"row\"><a href=\"")
                    .append(CASE_PATH)
                    .append(plan.applicationId())
                    .append("\">")
                    .append(esc(plan.reference() == null ? plan.applicationId() : plan.reference()))
                    .append("</a></th><td>")
                    .append(esc(plan.coordinator() == null ? t("reporting.meeting.unassigned") : plan.coordinator()))
                    .append("</td><td>")
                    .append(esc(t("reporting.status." + plan.status())))
                    .append("</td><td>")
                    .append(esc(plan.deadlineState() == null ? "—" : t("reporting.state." + plan.deadlineState())))
                    .append("</td><td>")
                    .append(date(plan.dueDate()))
                    .append("</td><td>")
                    .append(date(plan.planTo()))
                    .append("</td><td>")
                    .append(esc(issues.isEmpty() ? "—" : issues))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    // ---- building blocks

    private record Row(String label, String value, Figure figure, String key, ReportPeriod period, long count) {}

    private Row row(String label, long count, Figure figure, String key, ReportPeriod period) {
        return new Row(label, null, figure, key, period, count);
    }

    private Row plain(String label, String value) {
        return new Row(label, value, null, null, null, 0);
    }

    private String figures(String caption, List<Row> rows) {
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

    private String breakdown(
            String caption, Map<String, Long> counts, String labelPrefix, Figure figure, ReportPeriod period) {
        var html = new StringBuilder(tableHead(caption, t("reporting.column.item"), t("reporting.column.count")));
        counts.forEach((key, n) -> html.append("<tr><th scope=\"row\">")
                .append(esc(t(labelPrefix + key)))
                .append("</th>")
                .append(cell(n, figure, key, period))
                .append("</tr>"));
        return html.append("</tbody></table>").toString();
    }

    /** A number cell; a link to the cases behind it when links are on and there are cases. */
    private String cell(long count, Figure figure, String key, ReportPeriod period) {
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

    private String chart(String title, SvgBarChart chart, String table) {
        return "<figure class=\"report-chart-block\"><figcaption>" + esc(title) + "</figcaption>" + chart.svg()
                + "<details" + (print ? " open" : "") + "><summary>" + esc(t("reporting.chart.data")) + "</summary>"
                + table + "</details></figure>";
    }

    private String tableHead(String caption, String... columns) {
        var html = new StringBuilder("<table class=\"report-table\"><caption>")
                .append(esc(caption))
                .append("</caption><thead><tr>");
        for (String column : columns) {
            html.append("<th scope=\"col\">").append(esc(column)).append("</th>");
        }
        return html.append("</tr></thead><tbody>").toString();
    }

    private StringBuilder open(String id, String title) {
        return new StringBuilder("<section class=\"report-section\" aria-labelledby=\"")
                .append(id)
                .append("-title\"><h2 id=\"")
                .append(id)
                .append("-title\">")
                .append(esc(title))
                .append("</h2>");
    }

    private static String close(StringBuilder html) {
        return html.append("</section>").toString();
    }

    private String note(String text) {
        return "<p class=\"report-note\">" + esc(text) + "</p>";
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    private String days(Double value) {
        if (value == null) {
            return "—";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return t("reporting.days", format.format(value));
    }

    String date(LocalDate date) {
        return date == null ? "—" : esc(dates.format(date));
    }

    String period(ReportPeriod period) {
        return t("reporting.period", dates.format(period.from()), dates.format(period.to()));
    }

    private String month(String month) {
        return months.format(YearMonth.parse(month));
    }

    private String t(String key, Object... params) {
        return texts.t(key, params);
    }
}
