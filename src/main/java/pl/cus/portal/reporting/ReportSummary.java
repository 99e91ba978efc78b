package pl.cus.portal.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The summary of a period (docs/decisions/0021-reporting-read-model.md for every definition). Dates are Europe/Warsaw
 * days, both ends of the period inclusive.
 *
 * @param applicationsReceived applications submitted in the period
 * @param byKind               the same by kind ({@code IPUS}, {@code ZA_ZYCIEM}), every kind present
 * @param byChannel            the same by the contact channel the resident chose ({@code EMAIL}, {@code PHONE}, {@code PORTAL})
 * @param plansPrepared        plans that became prepared (agreed and approved, art. 40) in the period, whenever applied for
 * @param plansOnTime          of those, prepared on or before the application's plan due date (30 days, art. 40)
 * @param plansLate            of those, prepared after it
 * @param medianDaysToPlan     median of calendar days from application to prepared plan; {@code null} without plans
 * @param p90DaysToPlan        90th percentile of the same (linear interpolation); {@code null} without plans
 * @param pauses               pauses (waiting for the resident) started in the period
 * @param pausedApplications   applications with at least one of them
 * @param forwarded            applications forwarded in the period (art. 38)
 * @param refused              applications refused in the period (qualification conditions not met)
 * @param services             service items of the plans prepared in the period, by programme, service and provider
 * @param caseload             active cases per coordinator and family assistant now ({@code asOf}), against the limit
 */
public record ReportSummary(
        ReportPeriod period,
        LocalDate asOf,
        long applicationsReceived,
        Map<String, Long> byKind,
        Map<String, Long> byChannel,
        long plansPrepared,
        long plansOnTime,
        long plansLate,
        Double medianDaysToPlan,
        Double p90DaysToPlan,
        List<MonthPlans> plansByMonth,
        long pauses,
        long pausedApplications,
        Map<String, Long> pausesByReason,
        long forwarded,
        long refused,
        Map<String, Long> forwardedByDestination,
        List<Destination> forwardedTo,
        List<ServiceCount> services,
        List<Caseload> caseload,
        FamilyAssistanceFigures familyAssistance) {

    /** Plans prepared in one month ({@code 2027-03}) on time and late. */
    public record MonthPlans(String month, long onTime, long late) {}

    /** Where applications went: the destination kind and the named team, office or unit. */
    public record Destination(String destination, String to, long count) {}

    /**
     * @param programme the programme's name, {@code null} when the service is in none or no longer in the catalogue
     * @param plans     plans prepared in the period with this service from this provider
     */
    public record ServiceCount(String serviceId, String service, String programme, String provider, long plans) {}

    /** @param limit the most cases the person may hold ({@code null}: no limit, coordinators) */
    public record Caseload(UUID accountId, String name, String role, int activeCases, Integer limit) {

        public boolean overLimit() {
            return limit != null && activeCases > limit;
        }

        public boolean atLimit() {
            return limit != null && activeCases >= limit;
        }
    }
}
