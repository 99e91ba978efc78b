package pl.cus.portal.assistance.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;

/** The family-assistance pages' addresses (other modules link to {@code backoffice/cases/{id}/assistance}). */
final class AssistancePaths {

    static final String PAGE = "backoffice/cases/:id/assistance";
    static final String REPORT = "backoffice/cases/:id/assistance/reports/:month";

    private AssistancePaths() {}

    static String page(ApplicationId id) {
        return "backoffice/cases/" + id.value() + "/assistance";
    }

    /** The application id of an address, or empty when it is not one. */
    static Optional<ApplicationId> id(String value) {
        try {
            return Optional.of(new ApplicationId(UUID.fromString(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The month of an address (YYYY-MM), or empty when it is not one. */
    static Optional<YearMonth> month(String value) {
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String report(ApplicationId id, YearMonth month) {
        return page(id) + "/reports/" + month;
    }
}
