package pl.cus.portal.assistance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.AssistanceOverview;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.FamilyView;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.MonthlyReportPage;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.EventLog;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Family assistance: every change checks access ({@link AssistanceAccess}), loads the family's {@link Assistance},
 * lets it decide, saves it with its version check and appends the events it answered, in one transaction (decision
 * 0020). Reads are {@link AssistanceReads}.
 */
@Service
class AssistanceService implements FamilyAssistance {

    private final AssistanceAccess access;
    private final AssistanceStore store;
    private final AssistanceReads reads;
    private final Catalogue catalogue;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    AssistanceService(
            AssistanceAccess access,
            AssistanceStore store,
            AssistanceReads reads,
            Catalogue catalogue,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.reads = reads;
        this.catalogue = catalogue;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---- writes

    @Override
    public Mono<AssistanceCase> recordConsent(Actor assistant, ApplicationId id, Consent consent) {
        return access.writable(assistant, id, "family assistance: consent")
                .flatMap(view -> store.load(id.value())
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(existing -> {
                            Consent effective = consent == null || consent.referredOn() != null
                                    ? consent
                                    : new Consent(
                                            consent.consentOn(),
                                            consent.courtOrdered(),
                                            TimeLimitRules.assignedOn(view, consent.consentOn(), clock.getZone()),
                                            consent.documentsReceivedOn());
                            var started = Assistance.start(
                                    existing.orElse(null),
                                    id.value(),
                                    assistant.id(),
                                    view.summary().kind() == ApplicationKind.ZA_ZYCIEM,
                                    effective,
                                    today());
                            return saved(started.assistance(), started.events())
                                    .thenReturn(AssistanceViews.forStaff(
                                            started.assistance(),
                                            id,
                                            view.summary().reference()));
                        })
                        .as(transactions::transactional))
                .onErrorMap(DataIntegrityViolationException.class, e -> AssistanceRefusals.stale());
    }

    @Override
    public Mono<AssistanceCase> saveCard(Actor assistant, ApplicationId id, InformationCard card) {
        return changeCase(assistant, id, "family assistance: information card", a -> a.saveCard(assistant.id(), card));
    }

    @Override
    public Mono<AssistanceCase> saveWorkPlan(Actor assistant, ApplicationId id, WorkPlan plan) {
        return changeCase(assistant, id, "family assistance: work plan", a -> a.saveWorkPlan(assistant.id(), plan));
    }

    @Override
    public Mono<Visit> logVisit(Actor assistant, ApplicationId id, Visit visit) {
        UUID visitId = UUID.randomUUID();
        return change(
                        assistant,
                        id,
                        "family assistance: visit",
                        a -> a.logVisit(assistant.id(), visit, visitId, today()))
                .map(a -> a.records().newVisits().getFirst());
    }

    @Override
    public Mono<Assessment> recordAssessment(Actor assistant, ApplicationId id, Assessment assessment) {
        UUID assessmentId = UUID.randomUUID();
        return change(
                        assistant,
                        id,
                        "family assistance: assessment",
                        a -> a.recordAssessment(assistant.id(), assessment, assessmentId, today()))
                .map(a -> a.records().newAssessments().getFirst());
    }

    @Override
    public Mono<MonthlyReport> submitReport(Actor assistant, ApplicationId id, MonthlyReport.Edit edit, Locale locale) {
        return change(
                        assistant,
                        id,
                        "family assistance: monthly report",
                        a -> a.submitReport(assistant.id(), edit, today(), locale))
                .map(a -> a.records().newReports().getFirst());
    }

    @Override
    public Mono<AssistanceCase> end(Actor assistant, ApplicationId id, Ending ending) {
        return changeCase(assistant, id, "family assistance: end", a -> a.end(assistant.id(), ending, today()));
    }

    @Override
    public Mono<AssistanceCase> addMonitoringNote(Actor assistant, ApplicationId id, MonitoringNote note) {
        return changeCase(
                assistant,
                id,
                "family assistance: monitoring",
                a -> a.addMonitoringNote(assistant.id(), note, today()));
    }

    @Override
    public Mono<AssistanceCase> saveSupportCatalogue(Actor assistant, ApplicationId id, List<SupportItem> items) {
        return catalogue
                .offeredServices()
                .collectMap(service -> service.id().value(), ServiceSummary::name)
                .flatMap(offered -> changeCase(
                        assistant,
                        id,
                        "family assistance: support catalogue",
                        a -> a.saveSupportCatalogue(assistant.id(), items, offered)));
    }

    @Override
    public Mono<Authorisation> recordAuthorisation(Actor assistant, ApplicationId id, Authorisation authorisation) {
        UUID authorisationId = UUID.randomUUID();
        return change(
                        assistant,
                        id,
                        "family assistance: authorisation",
                        a -> a.recordAuthorisation(assistant.id(), authorisation, authorisationId, today()))
                .map(a -> a.records().newAuthorisations().getFirst());
    }

    @Override
    public Mono<Authorisation> revokeAuthorisation(Actor assistant, ApplicationId id, UUID authorisationId) {
        return change(
                        assistant,
                        id,
                        "family assistance: authorisation",
                        a -> a.revokeAuthorisation(assistant.id(), authorisationId, today()))
                .map(a -> a.records().authorisation(authorisationId));
    }

    /** A change that answers the whole case as it stands after it. */
    private Mono<AssistanceCase> changeCase(
            Actor writer, ApplicationId id, String purpose, Function<Assistance, List<DomainEvent>> decision) {
        return access.writable(writer, id, purpose)
                .flatMap(view -> changed(id, decision)
                        .map(a -> AssistanceViews.forStaff(a, id, view.summary().reference())));
    }

    /** A change that answers the aggregate after it, for the part the caller answers. */
    private Mono<Assistance> change(
            Actor writer, ApplicationId id, String purpose, Function<Assistance, List<DomainEvent>> decision) {
        return access.writable(writer, id, purpose).flatMap(view -> changed(id, decision));
    }

    /** Load, decide, save with the version check, append the events: one transaction. */
    private Mono<Assistance> changed(ApplicationId id, Function<Assistance, List<DomainEvent>> decision) {
        return store.load(id.value())
                .switchIfEmpty(Mono.error(AssistanceRefusals::noConsent))
                .flatMap(assistance -> saved(assistance, decision.apply(assistance)))
                .as(transactions::transactional)
                .onErrorMap(DataIntegrityViolationException.class, e -> AssistanceRefusals.stale());
    }

    private Mono<Assistance> saved(Assistance assistance, List<DomainEvent> recorded) {
        return store.save(assistance, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .then(Flux.fromIterable(recorded).concatMap(events::append).then())
                .thenReturn(assistance);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reads

    @Override
    public Mono<AssistanceCase> get(Actor staff, ApplicationId id) {
        return reads.get(staff, id);
    }

    @Override
    public Mono<MonthlyReport> report(Actor staff, ApplicationId id, YearMonth month, Locale locale) {
        return reads.report(staff, id, month, locale);
    }

    @Override
    public Flux<TimeLimit> timeLimits(Actor staff, ApplicationId id) {
        return reads.timeLimits(staff, id);
    }

    @Override
    public Mono<FamilyView> forFamily(Actor resident, ApplicationId id) {
        return reads.forFamily(resident, id);
    }

    @Override
    public Mono<AssistanceOverview> overview(Actor staff, ApplicationId id) {
        return reads.overview(staff, id);
    }

    @Override
    public Mono<MonthlyReportPage> reportPage(Actor staff, ApplicationId id, YearMonth month, Locale locale) {
        return reads.reportPage(staff, id, month, locale);
    }
}
