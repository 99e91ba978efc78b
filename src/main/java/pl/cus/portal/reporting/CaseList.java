package pl.cus.portal.reporting;

import java.util.List;

/**
 * The cases behind one figure, oldest submission first.
 *
 * @param total every case behind the figure; {@code cases} holds at most {@link #LIMIT} of them
 */
public record CaseList(Figure figure, String key, ReportPeriod period, long total, List<ReportCase> cases) {

    public static final int LIMIT = 1000;

    public CaseList {
        cases = List.copyOf(cases);
    }

    public boolean truncated() {
        return total > cases.size();
    }
}
