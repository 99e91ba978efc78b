package pl.cus.portal.assistance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.calendar.DeadlineRule;
import pl.cus.portal.calendar.Deadlines;

/**
 * The family-assistance time limits of one case. Dates come from the deadlines module ({@link Deadlines#preview} under
 * the centre's policy) and states from {@link Deadlines#stateOf}; nothing here counts days itself.
 */
final class TimeLimitRules {

    /**
     * What a case's time limits depend on.
     *
     * @param referredOn          the approval or referral; starts FA_DOCUMENTS
     * @param documentsReceivedOn starts FA_START (FA_START_COURT when court-ordered); meets FA_DOCUMENTS
     * @param consentOn           the work starts: meets FA_START; {@code null} before the consent
     * @param lastVisitOn         the latest logged visit, {@code null} for none
     * @param lastAssessmentOn    the latest assessment, {@code null} for none
     * @param previousMonthReportOn when the previous month's report was submitted, {@code null} if not
     * @param endedOn             {@code null} while the assistance runs
     */
    record Facts(
            LocalDate referredOn,
            LocalDate documentsReceivedOn,
            LocalDate consentOn,
            boolean courtOrdered,
            LocalDate lastVisitOn,
            LocalDate lastAssessmentOn,
            LocalDate previousMonthReportOn,
            LocalDate endedOn) {}

    private TimeLimitRules() {}

    static List<TimeLimit> compute(Facts facts, Deadlines deadlines) {
        LocalDate today = deadlines.today();
        List<TimeLimit> limits = new ArrayList<>();
        boolean ended = facts.endedOn() != null;
        if (facts.referredOn() != null) {
            // Documents are met when they arrived, or at the latest when the work started with them in hand.
            LocalDate met = facts.documentsReceivedOn() != null ? facts.documentsReceivedOn() : facts.consentOn();
            limits.add(
                    limit(deadlines, DeadlineRule.FA_DOCUMENTS, facts.referredOn(), met, ended && met == null, null));
        }
        if (facts.documentsReceivedOn() != null) {
            DeadlineRule start = facts.courtOrdered() ? DeadlineRule.FA_START_COURT : DeadlineRule.FA_START;
            limits.add(limit(
                    deadlines,
                    start,
                    facts.documentsReceivedOn(),
                    facts.consentOn(),
                    ended && facts.consentOn() == null,
                    null));
        }
        if (facts.consentOn() == null || ended) {
            return limits;
        }
        LocalDate lastMeeting =
                facts.lastVisitOn() != null && facts.lastVisitOn().isAfter(facts.consentOn())
                        ? facts.lastVisitOn()
                        : facts.consentOn();
        limits.add(limit(deadlines, DeadlineRule.FA_VISIT_INTERVAL, lastMeeting, null, false, null));
        YearMonth previous = YearMonth.from(today).minusMonths(1);
        if (!YearMonth.from(facts.consentOn()).isAfter(previous) && facts.previousMonthReportOn() == null) {
            limits.add(limit(deadlines, DeadlineRule.FA_MONTHLY_REPORT, previous.atDay(1), null, false, previous));
        }
        LocalDate assessedFrom = facts.lastAssessmentOn() != null ? facts.lastAssessmentOn() : facts.consentOn();
        limits.add(limit(deadlines, DeadlineRule.FA_ASSESSMENT, assessedFrom, null, false, null));
        return limits;
    }

    private static TimeLimit limit(
            Deadlines deadlines, DeadlineRule rule, LocalDate start, LocalDate metOn, boolean closed, YearMonth month) {
        LocalDate due = deadlines.preview(rule, start).due();
        return new TimeLimit(rule, start, due, deadlines.stateOf(due, Optional.ofNullable(metOn), closed), month);
    }
}
