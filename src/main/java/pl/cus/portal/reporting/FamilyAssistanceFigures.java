package pl.cus.portal.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Family assistance in the period, as councils and ministries ask for it every year (the Katowice tables: families and
 * children supported, court-ordered and "Za życiem" cases, assistance completed and interrupted with the reasons),
 * counted from the {@code assistance} module's tables (decision 0021 for every definition). {@link #notAvailable()}
 * (every figure zero, {@code available} false) is kept for a read model without those tables, so that nothing is
 * mistaken for a real zero.
 *
 * @param families            assistance (written consent) in force on at least one day of the period
 * @param assistants          family assistants holding those families
 * @param children            children in those families' households (information card), see decision 0021
 * @param courtOrdered        of the families, assistance ordered by a court
 * @param zaZyciem            of the families, "Za życiem" cases
 * @param completed           assistance ended in the period with the goals reached
 * @param interrupted         assistance ended in the period for any other reason
 * @param interruptionReasons the interrupted ones by reason ({@code NO_COOPERATION_OR_RESIGNATION}, {@code MOVED_AWAY},
 *                            {@code OTHER}), every reason present
 * @param visits              visits and contacts logged with a date in the period
 * @param monthlyReports      monthly reports submitted in the period
 */
public record FamilyAssistanceFigures(
        boolean available,
        long families,
        long assistants,
        long children,
        long courtOrdered,
        long zaZyciem,
        long completed,
        long interrupted,
        Map<String, Long> interruptionReasons,
        long visits,
        long monthlyReports) {

    /** The reasons counted as interrupted, in the order they are shown. */
    public static final List<String> INTERRUPTION_REASONS =
            List.of("NO_COOPERATION_OR_RESIGNATION", "MOVED_AWAY", "OTHER");

    public FamilyAssistanceFigures {
        interruptionReasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(interruptionReasons));
    }

    public static FamilyAssistanceFigures notAvailable() {
        return new FamilyAssistanceFigures(false, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0);
    }
}
