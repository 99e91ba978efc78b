package pl.cus.portal.assistance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.shared.i18n.Messages;

/** Generates the monthly report's draft from the month's logged visits, pure. */
final class ReportDrafts {

    private ReportDrafts() {}

    /** The month's visits only, oldest first. */
    static List<Visit> inMonth(List<Visit> visits, YearMonth month) {
        return visits.stream()
                .filter(visit -> YearMonth.from(visit.on()).equals(month))
                .sorted(Comparator.comparing(Visit::on))
                .toList();
    }

    static MonthlyReport draft(YearMonth month, List<Visit> allVisits, WorkPlan plan, Locale locale) {
        List<Visit> visits = inMonth(allVisits, month);
        int minutes = visits.stream().mapToInt(Visit::durationMinutes).sum();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        String contacts = visits.stream()
                .map(visit -> Messages.get(
                        "assistance.report.contact-line",
                        locale,
                        dates.format(visit.on()),
                        Messages.get("assistance.visit.kind." + visit.kind().name(), locale),
                        visit.durationMinutes()))
                .collect(Collectors.joining("\n"));
        Map<UUID, String> titles =
                plan.goals().stream().collect(Collectors.toMap(WorkPlan.Goal::id, WorkPlan.Goal::title, (a, b) -> a));
        Set<String> worked = new LinkedHashSet<>();
        visits.forEach(visit -> visit.goalIds().stream()
                .map(titles::get)
                .filter(title -> title != null)
                .forEach(worked::add));
        return new MonthlyReport(month, visits.size(), minutes, contacts, String.join("\n", worked), "", null);
    }

    /** The first day of the month, as stored. */
    static LocalDate key(YearMonth month) {
        return month.atDay(1);
    }
}
