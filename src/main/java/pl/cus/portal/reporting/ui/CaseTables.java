package pl.cus.portal.reporting.ui;

import static pl.cus.portal.reporting.ui.Markup.esc;

import java.util.List;
import pl.cus.portal.reporting.CaseList;
import pl.cus.portal.reporting.MeetingPack;
import pl.cus.portal.reporting.ReportCase;

/** The cases behind one figure and the coordinators' meeting pack, as tables linking to each case. */
final class CaseTables {

    /** A case in the back office, followed by its id. */
    static final String CASE_PATH = "backoffice/cases/";

    private final ReportHtml blocks;

    CaseTables(ReportHtml blocks) {
        this.blocks = blocks;
    }

    String cases(CaseList list) {
        var html = new StringBuilder("<div class=\"report-cases\">");
        if (list.cases().isEmpty()) {
            return html.append("<p>")
                    .append(esc(blocks.t("reporting.cases.none")))
                    .append("</p></div>")
                    .toString();
        }
        html.append(blocks.tableHead(
                blocks.t("reporting.cases.caption", blocks.number(list.total())),
                blocks.t("reporting.column.reference"),
                blocks.t("reporting.column.kind"),
                blocks.t("reporting.column.status"),
                blocks.t("reporting.column.submitted"),
                blocks.t("reporting.column.due"),
                blocks.t("reporting.column.prepared"),
                blocks.t("reporting.column.closed"),
                blocks.t("reporting.column.assignee")));
        for (ReportCase row : list.cases()) {
            html.append("<tr><th scope=\"row\"><a href=\"")
                    .append(CASE_PATH)
                    .append(row.applicationId())
                    .append("\">")
                    .append(esc(row.reference() == null ? row.applicationId() : row.reference()))
                    .append("</a></th><td>")
                    .append(esc(blocks.t("reporting.kind." + row.kind())))
                    .append("</td><td>")
                    .append(esc(blocks.t("reporting.status." + row.status())))
                    .append("</td><td>")
                    .append(blocks.date(row.submittedOn()))
                    .append("</td><td>")
                    .append(blocks.date(row.planDueDate()))
                    .append("</td><td>")
                    .append(blocks.date(row.planPreparedOn()))
                    .append("</td><td>")
                    .append(blocks.date(row.closedOn()))
                    .append("</td><td>")
                    .append(esc(row.assignee() == null ? "—" : row.assignee()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    String meeting(MeetingPack pack) {
        var html = new StringBuilder("<div class=\"report-meeting\">");
        html.append(blocks.figures(
                blocks.t("reporting.meeting.issues"),
                List.of(
                        blocks.plain(
                                blocks.t("reporting.issue.OVERDUE"),
                                blocks.number(pack.count(MeetingPack.Issue.OVERDUE))),
                        blocks.plain(
                                blocks.t("reporting.issue.DUE_SOON"),
                                blocks.number(pack.count(MeetingPack.Issue.DUE_SOON))),
                        blocks.plain(
                                blocks.t("reporting.issue.PAUSED"),
                                blocks.number(pack.count(MeetingPack.Issue.PAUSED))),
                        blocks.plain(
                                blocks.t("reporting.issue.CHANGE_REQUESTED"),
                                blocks.number(pack.count(MeetingPack.Issue.CHANGE_REQUESTED))),
                        blocks.plain(blocks.t("reporting.meeting.open"), blocks.number(pack.total())))));
        html.append("<h2 id=\"meeting-discuss\">")
                .append(esc(blocks.t("reporting.meeting.discuss")))
                .append("</h2>");
        html.append(meetingTable(blocks.t("reporting.meeting.discuss"), pack.toDiscuss()));
        html.append("<h2 id=\"meeting-all\">")
                .append(esc(blocks.t("reporting.meeting.all")))
                .append("</h2>");
        if (pack.total() > pack.plans().size()) {
            html.append(blocks.note(blocks.t(
                    "reporting.meeting.truncated", blocks.number(pack.plans().size()), blocks.number(pack.total()))));
        }
        html.append(meetingTable(blocks.t("reporting.meeting.all"), pack.plans()));
        return html.append("</div>").toString();
    }

    private String meetingTable(String caption, List<MeetingPack.OpenPlan> plans) {
        if (plans.isEmpty()) {
            return "<p>" + esc(blocks.t("reporting.empty")) + "</p>";
        }
        var html = new StringBuilder(blocks.tableHead(
                caption,
                blocks.t("reporting.column.reference"),
                blocks.t("reporting.column.assignee"),
                blocks.t("reporting.column.status"),
                blocks.t("reporting.column.deadline"),
                blocks.t("reporting.column.due"),
                blocks.t("reporting.column.plan-to"),
                blocks.t("reporting.column.issues")));
        for (var plan : plans) {
            String issues = String.join(
                    ", ",
                    plan.issues().stream()
                            .map(issue -> blocks.t("reporting.issue." + issue.name()))
                            .toList());
            html.append("<tr><th scope=\"row\"><a href=\"")
                    .append(CASE_PATH)
                    .append(plan.applicationId())
                    .append("\">")
                    .append(esc(plan.reference() == null ? plan.applicationId() : plan.reference()))
                    .append("</a></th><td>")
                    .append(esc(
                            plan.coordinator() == null ? blocks.t("reporting.meeting.unassigned") : plan.coordinator()))
                    .append("</td><td>")
                    .append(esc(blocks.t("reporting.status." + plan.status())))
                    .append("</td><td>")
                    .append(esc(
                            plan.deadlineState() == null ? "—" : blocks.t("reporting.state." + plan.deadlineState())))
                    .append("</td><td>")
                    .append(blocks.date(plan.dueDate()))
                    .append("</td><td>")
                    .append(blocks.date(plan.planTo()))
                    .append("</td><td>")
                    .append(esc(issues.isEmpty() ? "—" : issues))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
