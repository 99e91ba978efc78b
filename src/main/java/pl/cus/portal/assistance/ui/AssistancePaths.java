package pl.cus.portal.assistance.ui;

import java.time.YearMonth;
import pl.cus.portal.intake.ApplicationId;

/** The family-assistance pages' addresses (other modules link to {@code backoffice/cases/{id}/assistance}). */
final class AssistancePaths {

    static final String PAGE = "backoffice/cases/:id/assistance";
    static final String REPORT = "backoffice/cases/:id/assistance/reports/:month";

    private AssistancePaths() {}

    static String page(ApplicationId id) {
        return "backoffice/cases/" + id.value() + "/assistance";
    }

    static String report(ApplicationId id, YearMonth month) {
        return page(id) + "/reports/" + month;
    }
}
