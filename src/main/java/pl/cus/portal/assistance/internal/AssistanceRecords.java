package pl.cus.portal.assistance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.Visit;

/**
 * The rows of one family's assistance that are appended rather than replaced (visits, assessments, monthly reports,
 * authorisations), in the order they are listed, and what a change added or revoked until the store saves it.
 */
final class AssistanceRecords {

    private final List<Visit> visits;
    private final List<Assessment> assessments;
    private final List<MonthlyReport> reports;
    private final List<Authorisation> authorisations;
    private final List<Visit> newVisits = new ArrayList<>();
    private final List<Assessment> newAssessments = new ArrayList<>();
    private final List<MonthlyReport> newReports = new ArrayList<>();
    private final List<Authorisation> newAuthorisations = new ArrayList<>();
    private final Map<UUID, LocalDate> revoked = new LinkedHashMap<>();

    AssistanceRecords(
            List<Visit> visits,
            List<Assessment> assessments,
            List<MonthlyReport> reports,
            List<Authorisation> authorisations) {
        this.visits = new ArrayList<>(visits);
        this.assessments = new ArrayList<>(assessments);
        this.reports = new ArrayList<>(reports);
        this.authorisations = new ArrayList<>(authorisations);
    }

    static AssistanceRecords none() {
        return new AssistanceRecords(List.of(), List.of(), List.of(), List.of());
    }

    /** Visits by date (a stable sort keeps the logging order within a day). */
    List<Visit> visits() {
        return visits.stream().sorted(Comparator.comparing(Visit::on)).toList();
    }

    List<Assessment> assessments() {
        return assessments.stream().sorted(Comparator.comparing(Assessment::on)).toList();
    }

    List<MonthlyReport> reports() {
        return reports.stream()
                .sorted(Comparator.comparing(MonthlyReport::month))
                .toList();
    }

    List<Authorisation> authorisations() {
        return authorisations.stream()
                .sorted(Comparator.comparing(Authorisation::grantedOn))
                .toList();
    }

    /** The submitted report of the month, or {@code null}. */
    MonthlyReport report(YearMonth month) {
        return reports.stream().filter(r -> r.month().equals(month)).findFirst().orElse(null);
    }

    void addVisit(Visit visit) {
        visits.add(visit);
        newVisits.add(visit);
    }

    void addAssessment(Assessment assessment) {
        assessments.add(assessment);
        newAssessments.add(assessment);
    }

    void addReport(MonthlyReport report) {
        reports.add(report);
        newReports.add(report);
    }

    void addAuthorisation(Authorisation authorisation) {
        authorisations.add(authorisation);
        newAuthorisations.add(authorisation);
    }

    void revoke(UUID authorisationId, LocalDate on) {
        authorisations.replaceAll(a -> a.id().equals(authorisationId)
                ? new Authorisation(a.id(), a.purpose(), a.grantedOn(), a.validUntil(), on)
                : a);
        revoked.put(authorisationId, on);
    }

    /** The authorisation as it stands, or {@code null}. */
    Authorisation authorisation(UUID id) {
        return authorisations.stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    List<Visit> newVisits() {
        return List.copyOf(newVisits);
    }

    List<Assessment> newAssessments() {
        return List.copyOf(newAssessments);
    }

    List<MonthlyReport> newReports() {
        return List.copyOf(newReports);
    }

    List<Authorisation> newAuthorisations() {
        return List.copyOf(newAuthorisations);
    }

    Map<UUID, LocalDate> revoked() {
        return Map.copyOf(revoked);
    }
}
