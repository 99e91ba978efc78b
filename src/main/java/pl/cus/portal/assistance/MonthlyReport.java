package pl.cus.portal.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The assistant's monthly report, due by the 5th of the following month. Before submission it is a draft generated
 * from the month's logged visits; the counts always come from the visits, the texts are the assistant's to edit.
 *
 * @param contacts      one line per contact with its date, kind and length
 * @param goalsWorkedOn the work plan's goals the month's visits named, one per line
 * @param submittedOn   {@code null} for a draft
 */
public record MonthlyReport(
        YearMonth month,
        int visitCount,
        int totalMinutes,
        String contacts,
        String goalsWorkedOn,
        String summary,
        LocalDate submittedOn) {

    public boolean submitted() {
        return submittedOn != null;
    }

    /** Total hours to two decimals, e.g. 195 minutes are 3.25 hours. */
    public BigDecimal totalHours() {
        return BigDecimal.valueOf(totalMinutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** What the assistant sends: the edited texts of the draft for the month. */
    public record Edit(YearMonth month, String contacts, String goalsWorkedOn, String summary) {}
}
