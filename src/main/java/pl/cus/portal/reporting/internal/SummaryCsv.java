package pl.cus.portal.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pl.cus.portal.reporting.ReportSummary;
import pl.cus.portal.shared.i18n.Messages;

/**
 * The summary as CSV for a spreadsheet: UTF-8 with a byte-order mark (so that Excel reads the Polish letters), a
 * semicolon between fields and a decimal comma (what Polish Excel expects, since the comma is its decimal separator),
 * CRLF line ends (RFC 4180). Three columns: section, item, value; headers and labels in Polish from the reporting
 * bundle. A field that a spreadsheet would read as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
public final class SummaryCsv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SummaryCsv() {}

    public static String fileName(ReportSummary summary) {
        return "raport-" + summary.period().from() + "-" + summary.period().to() + ".csv";
    }

    public static byte[] bytes(ReportSummary summary) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text(summary).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The CSV without the byte-order mark. */
    public static String text(ReportSummary summary) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {t("reporting.csv.section"), t("reporting.csv.item"), t("reporting.csv.value")});
        String period = t("reporting.section.period");
        rows.add(row(period, t("reporting.csv.from"), summary.period().from().toString()));
        rows.add(row(period, t("reporting.csv.to"), summary.period().to().toString()));
        rows.add(row(period, t("reporting.csv.as-of"), summary.asOf().toString()));

        String applications = t("reporting.section.applications");
        rows.add(row(applications, t("reporting.figure.received"), number(summary.applicationsReceived())));
        entries(rows, t("reporting.csv.by-kind"), summary.byKind(), "reporting.kind.");
        entries(rows, t("reporting.csv.by-channel"), summary.byChannel(), "reporting.channel.");

        String plans = t("reporting.section.plans");
        rows.add(row(plans, t("reporting.figure.prepared"), number(summary.plansPrepared())));
        rows.add(row(plans, t("reporting.figure.on-time"), number(summary.plansOnTime())));
        rows.add(row(plans, t("reporting.figure.late"), number(summary.plansLate())));
        rows.add(row(plans, t("reporting.figure.median"), decimal(summary.medianDaysToPlan())));
        rows.add(row(plans, t("reporting.figure.p90"), decimal(summary.p90DaysToPlan())));
        String months = t("reporting.csv.by-month");
        for (var month : summary.plansByMonth()) {
            rows.add(row(months, month.month() + " " + t("reporting.series.on-time"), number(month.onTime())));
            rows.add(row(months, month.month() + " " + t("reporting.series.late"), number(month.late())));
        }

        String pauses = t("reporting.section.pauses");
        rows.add(row(pauses, t("reporting.figure.pauses"), number(summary.pauses())));
        rows.add(row(pauses, t("reporting.figure.paused-applications"), number(summary.pausedApplications())));
        entries(rows, t("reporting.csv.by-reason"), summary.pausesByReason(), "reporting.pause.");

        String outcomes = t("reporting.section.outcomes");
        rows.add(row(outcomes, t("reporting.figure.forwarded"), number(summary.forwarded())));
        rows.add(row(outcomes, t("reporting.figure.refused"), number(summary.refused())));
        entries(rows, t("reporting.csv.by-destination"), summary.forwardedByDestination(), "reporting.destination.");
        String where = t("reporting.csv.forwarded-to");
        for (var destination : summary.forwardedTo()) {
            rows.add(row(
                    where,
                    t("reporting.destination." + destination.destination()) + ": "
                            + (destination.to() == null ? "—" : destination.to()),
                    number(destination.count())));
        }

        String services = t("reporting.section.services");
        for (var service : summary.services()) {
            rows.add(row(
                    services,
                    (service.programme() == null ? t("reporting.services.no-programme") : service.programme()) + " — "
                            + service.service() + " — "
                            + (service.provider().isEmpty() ? t("reporting.services.no-provider") : service.provider()),
                    number(service.plans())));
        }

        String caseload = t("reporting.section.caseload");
        for (var person : summary.caseload()) {
            rows.add(row(
                    caseload,
                    person.name() + " (" + Messages.get("role." + person.role(), POLISH) + ")"
                            + (person.limit() == null
                                    ? ""
                                    : " — " + t("reporting.caseload.limit", String.valueOf(person.limit()))),
                    number(person.activeCases())));
        }

        String assistance = t("reporting.section.family-assistance");
        var figures = summary.familyAssistance();
        if (!figures.available()) {
            rows.add(row(assistance, t("reporting.assistance.not-available"), ""));
        } else {
            rows.add(row(assistance, t("reporting.assistance.families"), number(figures.families())));
            rows.add(row(assistance, t("reporting.assistance.assistants"), number(figures.assistants())));
            rows.add(row(assistance, t("reporting.assistance.children"), number(figures.children())));
            rows.add(row(assistance, t("reporting.assistance.court-ordered"), number(figures.courtOrdered())));
            rows.add(row(assistance, t("reporting.assistance.za-zyciem"), number(figures.zaZyciem())));
            rows.add(row(assistance, t("reporting.assistance.completed"), number(figures.completed())));
            rows.add(row(assistance, t("reporting.assistance.interrupted"), number(figures.interrupted())));
            figures.interruptionReasons()
                    .forEach((reason, n) -> rows.add(row(
                            assistance,
                            t("reporting.assistance.interrupted") + " — " + t("reporting.assistance.reason." + reason),
                            number(n))));
            rows.add(row(assistance, t("reporting.assistance.visits"), number(figures.visits())));
            rows.add(row(assistance, t("reporting.assistance.monthly-reports"), number(figures.monthlyReports())));
        }

        var csv = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(';');
                }
                csv.append(field(row[i]));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static void entries(List<String[]> rows, String section, Map<String, Long> counts, String labelPrefix) {
        counts.forEach((key, n) -> rows.add(row(section, t(labelPrefix + key), number(n))));
    }

    private static String[] row(String section, String item, String value) {
        return new String[] {section, item, value};
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String number(long n) {
        return Long.toString(n);
    }

    /** One decimal place, decimal comma; empty when there is no value (no plans in the period). */
    static String decimal(Double value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(POLISH);
        format.setGroupingUsed(false);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static String t(String key, Object... params) {
        return Messages.get(key, POLISH, params);
    }
}
