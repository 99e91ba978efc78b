package pl.cus.portal.reporting.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import pl.cus.portal.reporting.ReportPeriod;

/** The reports' addresses. */
final class ReportPaths {

    static final String REPORTS = "backoffice/reports";
    static final String PRINT = "backoffice/reports/print";
    static final String MEETING = "backoffice/reports/meeting";
    static final String CSV = "api/backoffice/reports/summary.csv";

    private ReportPaths() {}

    static QueryParameters of(ReportPeriod period) {
        return new QueryParameters(Map.of(
                "from",
                List.of(period.from().toString()),
                "to",
                List.of(period.to().toString())));
    }

    static String with(String path, ReportPeriod period) {
        return path + "?from=" + period.from() + "&to=" + period.to();
    }

    /** The period in the address, or null when there is none; unreadable dates throw InvalidInput. */
    static ReportPeriod periodIn(QueryParameters parameters) {
        var from = parameters.getSingleParameter("from");
        var to = parameters.getSingleParameter("to");
        if (from.isEmpty() && to.isEmpty()) {
            return null;
        }
        return ReportPeriod.parse(from.orElse(null), to.orElse(null));
    }
}
