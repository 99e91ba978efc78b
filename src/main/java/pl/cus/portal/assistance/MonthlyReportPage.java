package pl.cus.portal.assistance;

import pl.cus.portal.intake.ApplicationId;

/**
 * A month's report as one member of staff reads it, opened with one logged read: the submitted report or the draft,
 * and whether the reader may submit it.
 */
public record MonthlyReportPage(ApplicationId applicationId, String reference, MonthlyReport report, boolean mayWrite) {

    /** The reader may edit and submit: they write and the month's report is not submitted yet. */
    public boolean maySubmit() {
        return mayWrite && !report.submitted();
    }
}
