package pl.cus.portal.assistance;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.shared.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The family assistant's work with a family, tied to an application assigned to the assistant (a "Za życiem" request
 * or a family referred to an assistant). Who may do what (docs/access-policy.md, decision 0020): the family assistant
 * the application is assigned to writes; the organiser and the director read; the family reads {@link FamilyView};
 * anyone else gets NotFound (staff who may not see the case) or Forbidden. Every change appends its event in the
 * same transaction. Invalid input fails with InvalidInput naming the fields; Conflict for a closed case, an ended
 * assistance, a second consent or a second report for a month.
 */
public interface FamilyAssistance {

    /** Records the written consent; the assistance starts. Conflict when already recorded. */
    Mono<AssistanceCase> recordConsent(Actor assistant, ApplicationId id, Consent consent);

    /** The assistance as it stands; NotFound before the consent is recorded. */
    Mono<AssistanceCase> get(Actor staff, ApplicationId id);

    Mono<AssistanceCase> saveCard(Actor assistant, ApplicationId id, InformationCard card);

    /** Replaces the work plan; goals without an id get one. */
    Mono<AssistanceCase> saveWorkPlan(Actor assistant, ApplicationId id, WorkPlan plan);

    /** Logs a visit or contact (its id is ignored); the linked goals must be the work plan's. */
    Mono<Visit> logVisit(Actor assistant, ApplicationId id, Visit visit);

    Mono<Assessment> recordAssessment(Actor assistant, ApplicationId id, Assessment assessment);

    /**
     * The month's report: the submitted one, or a draft generated from the month's visits (count, total time, the
     * contacts with their dates, the goals worked on) in the given language.
     */
    Mono<MonthlyReport> report(Actor staff, ApplicationId id, YearMonth month, Locale locale);

    /** Submits the month's report with the assistant's edited texts; the counts come from the visits. Once per month. */
    Mono<MonthlyReport> submitReport(Actor assistant, ApplicationId id, MonthlyReport.Edit edit, Locale locale);

    /** Ends the assistance with the reason; monitoring runs until a date 2 to 6 months after the end. */
    Mono<AssistanceCase> end(Actor assistant, ApplicationId id, Ending ending);

    /** A note from the monitoring after the end; Conflict while the assistance runs. */
    Mono<AssistanceCase> addMonitoringNote(Actor assistant, ApplicationId id, MonitoringNote note);

    /** Replaces the "Za życiem" catalogue of possible support; services must be on offer in the catalogue. */
    Mono<AssistanceCase> saveSupportCatalogue(Actor assistant, ApplicationId id, List<SupportItem> items);

    Mono<Authorisation> recordAuthorisation(Actor assistant, ApplicationId id, Authorisation authorisation);

    Mono<Authorisation> revokeAuthorisation(Actor assistant, ApplicationId id, UUID authorisationId);

    /**
     * Every family-assistance time limit of the case, computed by the deadlines module, with its state today:
     * FA_DOCUMENTS, FA_START or FA_START_COURT, FA_VISIT_INTERVAL, FA_MONTHLY_REPORT (the previous month, while not
     * submitted) and FA_ASSESSMENT. For the assigned assistant, the organiser and the director.
     */
    Flux<TimeLimit> timeLimits(Actor staff, ApplicationId id);

    /**
     * The family-assistance page for a member of staff who reads the case in full, with one logged read: the
     * assistance (none before the consent), its time limits and whether the reader may write. NotFound or Forbidden
     * as {@link #get}.
     */
    Mono<AssistanceOverview> overview(Actor staff, ApplicationId id);

    /** As {@link #report}, with whether the reader may submit it, with one logged read. */
    Mono<MonthlyReportPage> reportPage(Actor staff, ApplicationId id, YearMonth month, Locale locale);

    /** What the family reads of its own assistance; another person's application is NotFound. */
    Mono<FamilyView> forFamily(Actor resident, ApplicationId id);
}
