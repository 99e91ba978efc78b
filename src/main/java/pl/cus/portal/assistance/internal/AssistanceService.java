package pl.cus.portal.assistance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.AssistanceCase;
import pl.cus.portal.assistance.AssistanceConsentRecorded;
import pl.cus.portal.assistance.AssistanceEnded;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.AuthorisationRecorded;
import pl.cus.portal.assistance.AuthorisationRevoked;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.FamilyAssistance;
import pl.cus.portal.assistance.FamilySituationAssessed;
import pl.cus.portal.assistance.FamilyView;
import pl.cus.portal.assistance.FamilyVisitLogged;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.InformationCardSaved;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonitoringNoteAdded;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.MonthlyReportSubmitted;
import pl.cus.portal.assistance.SupportCatalogueSaved;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.TimeLimit;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.assistance.WorkPlanSaved;
import pl.cus.portal.assistance.internal.AssistanceStore.CaseRow;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.catalogue.Catalogue;
import pl.cus.portal.catalogue.ServiceSummary;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationKind;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.BackOfficeApplications;
import pl.cus.portal.intake.CaseView;
import pl.cus.portal.intake.StatusChange;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import pl.cus.portal.shared.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Family assistance under intake's case policy: staff reach the case through {@link BackOfficeApplications#open} (the
 * read is logged), the family through {@link Applications#mine}. Writing is for the family assistant the application
 * is assigned to. Each change locks the case row and commits with its event (decision 0020).
 */
@Service
class AssistanceService implements FamilyAssistance {

    private final AssistanceStore store;
    private final BackOfficeApplications backOffice;
    private final Applications applications;
    private final Catalogue catalogue;
    private final Deadlines deadlines;
    private final EventLog events;
    private final TransactionalOperator transactions;
    private final Clock clock;

    AssistanceService(
            AssistanceStore store,
            BackOfficeApplications backOffice,
            Applications applications,
            Catalogue catalogue,
            Deadlines deadlines,
            EventLog events,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.backOffice = backOffice;
        this.applications = applications;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---- the policy

    /** Staff who see the case in full: the assigned assistant, the organiser, the director. */
    private Mono<CaseView> readable(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> {
            if (actor == null || !actor.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Family assistance is read in the back office."));
            }
            return backOffice
                    .open(actor, id, purpose)
                    .flatMap(view -> view.isFull()
                            ? Mono.just(view)
                            : Mono.error(new DomainException.NotFound("No application " + id + " found.")));
        });
    }

    /** Only the family assistant the open application is assigned to writes. */
    private Mono<CaseView> writable(Actor actor, ApplicationId id, String purpose) {
        return Mono.defer(() -> {
            if (actor == null || !actor.isStaff()) {
                return Mono.error(new DomainException.Forbidden("Only the family's assistant writes here."));
            }
            return readable(actor, id, purpose).flatMap(view -> {
                var assignee = view.summary().assignee();
                if (!actor.has(Role.FAMILY_ASSISTANT)
                        || assignee == null
                        || !assignee.id().equals(actor.id())) {
                    return Mono.error(new DomainException.Forbidden(
                            "Only the family assistant assigned to the case writes here."));
                }
                if (!view.summary().status().isOpen()) {
                    return Mono.error(
                            new DomainException.Conflict("assistance.error.closed", "The application is closed."));
                }
                return Mono.just(view);
            });
        });
    }

    private Mono<CaseRow> row(ApplicationId id) {
        return store.find(id.value())
                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound(
                        "The family's consent to cooperate is not recorded for application " + id + " yet.")));
    }

    /** The locked row of a running assistance, taken over by the writer if the case was reassigned. */
    private Mono<CaseRow> lockedRunning(Actor writer, ApplicationId id) {
        return locked(writer, id)
                .flatMap(row -> row.ending() != null
                        ? Mono.error(new DomainException.Conflict(
                                "assistance.error.ended", "The assistance has ended; only monitoring notes are added."))
                        : Mono.just(row));
    }

    private Mono<CaseRow> locked(Actor writer, ApplicationId id) {
        return store.lock(id.value())
                .switchIfEmpty(Mono.error(() -> new DomainException.Conflict(
                        "assistance.error.no-consent",
                        "Record the family's written consent first: the work starts from it.")))
                .flatMap(row -> row.assistantId().equals(writer.id())
                        ? Mono.just(row)
                        : store.takeOver(id.value(), writer.id()).thenReturn(row));
    }

    private static <T> Mono<T> invalid(List<FieldError> errors, Mono<T> then) {
        return errors.isEmpty() ? then : Mono.error(new InvalidInput(errors));
    }

    private <T> Mono<T> write(
            Actor writer, ApplicationId id, String purpose, BiFunction<CaseView, Actor, Mono<T>> change) {
        return writable(writer, id, purpose)
                .flatMap(view -> change.apply(view, writer).as(transactions::transactional))
                .onErrorMap(
                        DataIntegrityViolationException.class,
                        e -> new DomainException.Conflict(
                                "assistance.error.race", "Someone saved at the same moment; reload and try again."));
    }

    /** A change that answers with the whole case as it stands after the commit. */
    private Mono<AssistanceCase> writeCase(
            Actor writer, ApplicationId id, String purpose, BiFunction<CaseView, Actor, Mono<Void>> change) {
        return write(
                        writer,
                        id,
                        purpose,
                        (view, w) ->
                                change.apply(view, w).thenReturn(view.summary().reference()))
                .flatMap(reference -> assembled(id, reference));
    }

    // ---- writes

    @Override
    public Mono<AssistanceCase> recordConsent(Actor assistant, ApplicationId id, Consent consent) {
        return writeCase(assistant, id, "family assistance: consent", (view, writer) -> {
            LocalDate referred = consent == null || consent.referredOn() != null
                    ? (consent == null ? null : consent.referredOn())
                    : assignedOn(view, consent.consentOn());
            Consent effective = consent == null
                    ? null
                    : new Consent(consent.consentOn(), consent.courtOrdered(), referred, consent.documentsReceivedOn());
            return invalid(
                    AssistanceRules.consent(effective, today()),
                    Mono.defer(() -> store.insert(
                                    id.value(),
                                    writer.id(),
                                    view.summary().kind() == ApplicationKind.ZA_ZYCIEM,
                                    effective.consentOn(),
                                    effective.courtOrdered(),
                                    effective.referredOn(),
                                    effective.documentsReceivedOn(),
                                    now())
                            .flatMap(inserted -> inserted
                                    ? events.append(new AssistanceConsentRecorded(
                                                    id.value(),
                                                    writer.id(),
                                                    effective.consentOn(),
                                                    effective.courtOrdered()))
                                            .then()
                                    : Mono.error(new DomainException.Conflict(
                                            "assistance.error.consent-recorded",
                                            "The family's consent is already recorded.")))));
        });
    }

    /** The day the application was last assigned, as the referral, unless that is after the consent. */
    private LocalDate assignedOn(CaseView view, LocalDate consentOn) {
        return view.details().history().stream()
                .filter(change -> change.status() == ApplicationStatus.ASSIGNED)
                .map(StatusChange::at)
                .max(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, clock.getZone()))
                .filter(day -> consentOn == null || !day.isAfter(consentOn))
                .orElse(null);
    }

    @Override
    public Mono<AssistanceCase> saveCard(Actor assistant, ApplicationId id, InformationCard card) {
        return writeCase(
                assistant,
                id,
                "family assistance: information card",
                (view, writer) -> lockedRunning(writer, id)
                        .flatMap(row -> invalid(AssistanceRules.card(card), Mono.defer(() -> {
                            var clean = new InformationCard(
                                    card.household().stream()
                                            .map(member -> new InformationCard.Member(
                                                    member.name().strip(),
                                                    AssistanceRules.strip(member.relation()),
                                                    member.birthYear()))
                                            .toList(),
                                    card.situation().strip(),
                                    AssistanceRules.strip(card.strengths()),
                                    AssistanceRules.strip(card.difficulties()));
                            return store.saveDocument(id.value(), "card", clean, now())
                                    .then(events.append(new InformationCardSaved(id.value(), writer.id())))
                                    .then();
                        }))));
    }

    @Override
    public Mono<AssistanceCase> saveWorkPlan(Actor assistant, ApplicationId id, WorkPlan plan) {
        return writeCase(
                assistant,
                id,
                "family assistance: work plan",
                (view, writer) -> lockedRunning(writer, id)
                        .flatMap(row -> invalid(AssistanceRules.workPlan(plan), Mono.defer(() -> {
                            List<WorkPlan.Goal> goals = plan.goals().stream()
                                    .map(goal -> new WorkPlan.Goal(
                                            goal.id() == null ? UUID.randomUUID() : goal.id(),
                                            goal.title().strip(),
                                            goal.actions().stream()
                                                    .map(action -> new WorkPlan.Action(
                                                            action.what().strip(),
                                                            action.who().strip(),
                                                            action.byWhen(),
                                                            action.status() == null
                                                                    ? WorkPlan.ActionStatus.PLANNED
                                                                    : action.status()))
                                                    .toList()))
                                    .toList();
                            return store.saveDocument(id.value(), "work_plan", goals, now())
                                    .then(events.append(new WorkPlanSaved(id.value(), writer.id(), goals.size())))
                                    .then();
                        }))));
    }

    @Override
    public Mono<Visit> logVisit(Actor assistant, ApplicationId id, Visit visit) {
        UUID visitId = UUID.randomUUID();
        return write(
                assistant,
                id,
                "family assistance: visit",
                (view, writer) -> lockedRunning(writer, id).flatMap(row -> {
                    Set<UUID> goals = row.workPlan().goals().stream()
                            .map(WorkPlan.Goal::id)
                            .collect(Collectors.toSet());
                    return invalid(AssistanceRules.visit(visit, row.consentOn(), today(), goals), Mono.defer(() -> {
                        var clean = new Visit(
                                visitId,
                                visit.on(),
                                visit.kind(),
                                visit.durationMinutes(),
                                visit.notes().strip(),
                                visit.goalIds().stream().distinct().toList());
                        return store.insertVisit(id.value(), clean, writer.id(), now())
                                .then(events.append(new FamilyVisitLogged(
                                        id.value(),
                                        writer.id(),
                                        visitId,
                                        clean.on(),
                                        clean.kind().name(),
                                        clean.durationMinutes())))
                                .thenReturn(clean);
                    }));
                }));
    }

    @Override
    public Mono<Assessment> recordAssessment(Actor assistant, ApplicationId id, Assessment assessment) {
        UUID assessmentId = UUID.randomUUID();
        return write(
                assistant,
                id,
                "family assistance: assessment",
                (view, writer) -> lockedRunning(writer, id)
                        .flatMap(row -> invalid(
                                AssistanceRules.assessment(assessment, row.consentOn(), today()), Mono.defer(() -> {
                                    var clean = new Assessment(
                                            assessmentId,
                                            assessment.on(),
                                            assessment.text().strip(),
                                            assessment.conclusion().strip());
                                    return store.insertAssessment(id.value(), clean, writer.id(), now())
                                            .then(events.append(
                                                    new FamilySituationAssessed(id.value(), writer.id(), clean.on())))
                                            .thenReturn(clean);
                                }))));
    }

    @Override
    public Mono<MonthlyReport> submitReport(Actor assistant, ApplicationId id, MonthlyReport.Edit edit, Locale locale) {
        return write(
                assistant,
                id,
                "family assistance: monthly report",
                (view, writer) -> locked(writer, id)
                        .flatMap(row -> invalid(
                                AssistanceRules.report(edit, row.consentOn(), today()),
                                Mono.defer(() -> store.report(id.value(), edit.month())
                                        .flatMap(existing -> Mono.<MonthlyReport>error(alreadySubmitted(edit.month())))
                                        .switchIfEmpty(Mono.defer(() -> store.visits(id.value())
                                                .collectList()
                                                .flatMap(visits -> {
                                                    MonthlyReport draft = ReportDrafts.draft(
                                                            edit.month(), visits, row.workPlan(), locale);
                                                    var report = new MonthlyReport(
                                                            edit.month(),
                                                            draft.visitCount(),
                                                            draft.totalMinutes(),
                                                            text(edit.contacts()),
                                                            text(edit.goalsWorkedOn()),
                                                            edit.summary().strip(),
                                                            today());
                                                    return store.insertReport(id.value(), report, writer.id(), now())
                                                            .flatMap(inserted -> inserted
                                                                    ? events.append(new MonthlyReportSubmitted(
                                                                                    id.value(),
                                                                                    writer.id(),
                                                                                    edit.month()
                                                                                            .toString(),
                                                                                    report.submittedOn()))
                                                                            .thenReturn(report)
                                                                    : Mono.error(alreadySubmitted(edit.month())));
                                                })))))));
    }

    private static DomainException alreadySubmitted(YearMonth month) {
        return new DomainException.Conflict(
                "assistance.error.report-submitted", "The report for " + month + " is already submitted.");
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public Mono<AssistanceCase> end(Actor assistant, ApplicationId id, Ending ending) {
        return writeCase(
                assistant,
                id,
                "family assistance: end",
                (view, writer) -> lockedRunning(writer, id)
                        .flatMap(row ->
                                invalid(AssistanceRules.ending(ending, row.consentOn(), today()), Mono.defer(() -> {
                                    var clean = new Ending(
                                            ending.endedOn(),
                                            ending.reason(),
                                            AssistanceRules.strip(ending.reasonText()),
                                            ending.monitoringUntil());
                                    return store.end(id.value(), clean, now())
                                            .then(events.append(new AssistanceEnded(
                                                    id.value(),
                                                    writer.id(),
                                                    clean.endedOn(),
                                                    clean.reason().name(),
                                                    clean.monitoringUntil())))
                                            .then();
                                }))));
    }

    @Override
    public Mono<AssistanceCase> addMonitoringNote(Actor assistant, ApplicationId id, MonitoringNote note) {
        return writeCase(
                assistant,
                id,
                "family assistance: monitoring",
                (view, writer) -> locked(writer, id).flatMap(row -> {
                    if (row.ending() == null) {
                        return Mono.error(new DomainException.Conflict(
                                "assistance.error.not-ended",
                                "Monitoring follows the end of the assistance; end it first."));
                    }
                    return invalid(
                            AssistanceRules.monitoringNote(note, row.ending().endedOn(), today()), Mono.defer(() -> {
                                List<MonitoringNote> notes = new ArrayList<>(row.monitoringNotes());
                                notes.add(new MonitoringNote(
                                        note.on(), note.text().strip()));
                                return store.saveDocument(id.value(), "monitoring_notes", notes, now())
                                        .then(events.append(
                                                new MonitoringNoteAdded(id.value(), writer.id(), note.on())))
                                        .then();
                            }));
                }));
    }

    @Override
    public Mono<AssistanceCase> saveSupportCatalogue(Actor assistant, ApplicationId id, List<SupportItem> items) {
        return writeCase(
                assistant,
                id,
                "family assistance: support catalogue",
                (view, writer) -> lockedRunning(writer, id)
                        .flatMap(this::zaZyciem)
                        .flatMap(row -> catalogue
                                .offeredServices()
                                .collectMap(service -> service.id().value(), ServiceSummary::name))
                        .flatMap(offered ->
                                invalid(AssistanceRules.supportItems(items, offered.keySet()), Mono.defer(() -> {
                                    List<SupportItem> clean = items.stream()
                                            .map(item -> new SupportItem(
                                                    item.serviceId(),
                                                    item.serviceId() == null ? null : offered.get(item.serviceId()),
                                                    AssistanceRules.strip(item.text())))
                                            .toList();
                                    return store.saveDocument(id.value(), "support_catalogue", clean, now())
                                            .then(events.append(
                                                    new SupportCatalogueSaved(id.value(), writer.id(), clean.size())))
                                            .then();
                                }))));
    }

    private Mono<CaseRow> zaZyciem(CaseRow row) {
        return row.zaZyciem()
                ? Mono.just(row)
                : Mono.error(new DomainException.Conflict(
                        "assistance.error.not-za-zyciem",
                        "The support catalogue and authorisations belong to \"Za życiem\" families."));
    }

    @Override
    public Mono<Authorisation> recordAuthorisation(Actor assistant, ApplicationId id, Authorisation authorisation) {
        UUID authorisationId = UUID.randomUUID();
        return write(
                assistant,
                id,
                "family assistance: authorisation",
                (view, writer) -> lockedRunning(writer, id)
                        .flatMap(this::zaZyciem)
                        .flatMap(row ->
                                invalid(AssistanceRules.authorisation(authorisation, today()), Mono.defer(() -> {
                                    var clean = new Authorisation(
                                            authorisationId,
                                            authorisation.purpose().strip(),
                                            authorisation.grantedOn(),
                                            authorisation.validUntil(),
                                            null);
                                    return store.insertAuthorisation(id.value(), clean, now())
                                            .then(events.append(new AuthorisationRecorded(
                                                    id.value(), writer.id(), authorisationId, clean.grantedOn())))
                                            .thenReturn(clean);
                                }))));
    }

    @Override
    public Mono<Authorisation> revokeAuthorisation(Actor assistant, ApplicationId id, UUID authorisationId) {
        return write(
                assistant,
                id,
                "family assistance: authorisation",
                (view, writer) -> locked(writer, id)
                        .flatMap(row -> store.authorisations(id.value())
                                .filter(a -> a.id().equals(authorisationId))
                                .next()
                                .switchIfEmpty(Mono.error(() -> new DomainException.NotFound(
                                        "No authorisation " + authorisationId + " in this case.")))
                                .flatMap(found -> found.revokedOn() != null
                                        ? Mono.error(new DomainException.Conflict(
                                                "assistance.error.revoked", "The authorisation is already revoked."))
                                        : store.revoke(id.value(), authorisationId, today())
                                                .then(events.append(new AuthorisationRevoked(
                                                        id.value(), writer.id(), authorisationId, today())))
                                                .thenReturn(new Authorisation(
                                                        found.id(),
                                                        found.purpose(),
                                                        found.grantedOn(),
                                                        found.validUntil(),
                                                        today())))));
    }

    // ---- reads

    @Override
    public Mono<AssistanceCase> get(Actor staff, ApplicationId id) {
        return readable(staff, id, "family assistance")
                .flatMap(view -> assembled(id, view.summary().reference()));
    }

    private Mono<AssistanceCase> assembled(ApplicationId id, String reference) {
        return Mono.defer(() -> row(id).flatMap(row -> Mono.zip(
                        store.visits(id.value()).collectList(),
                                store.assessments(id.value()).collectList(),
                        store.reports(id.value()).collectList(),
                                store.authorisations(id.value()).collectList())
                .map(parts -> new AssistanceCase(
                        id,
                        reference,
                        row.assistantId(),
                        row.zaZyciem(),
                        row.consentOn(),
                        row.courtOrdered(),
                        row.referredOn(),
                        row.documentsReceivedOn(),
                        row.card(),
                        row.workPlan(),
                        parts.getT1(),
                        parts.getT2(),
                        parts.getT3(),
                        row.ending(),
                        row.monitoringNotes(),
                        row.supportCatalogue(),
                        parts.getT4()))));
    }

    @Override
    public Mono<MonthlyReport> report(Actor staff, ApplicationId id, YearMonth month, Locale locale) {
        return readable(staff, id, "family assistance: monthly report")
                .then(row(id))
                .flatMap(row -> invalid(
                        AssistanceRules.month(month, row.consentOn(), today()),
                        store.report(id.value(), month)
                                .switchIfEmpty(Mono.defer(() -> store.visits(id.value())
                                        .collectList()
                                        .map(visits -> ReportDrafts.draft(month, visits, row.workPlan(), locale))))));
    }

    @Override
    public Flux<TimeLimit> timeLimits(Actor staff, ApplicationId id) {
        return Mono.defer(() -> {
                    if (staff == null || !staff.isStaff()) {
                        return Mono.<List<TimeLimit>>error(
                                new DomainException.Forbidden("Time limits are read in the back office."));
                    }
                    // Dates only, no case contents: with a case row the row's assistant and the heads of the centre
                    // read them
                    // without an audit entry per list; before the consent intake's policy decides (and logs the read).
                    return store.find(id.value())
                            .flatMap(row -> {
                                if (!row.assistantId().equals(staff.id())
                                        && !staff.hasAny(Role.ORGANISER, Role.DIRECTOR)) {
                                    return Mono.error(new DomainException.NotFound("No application " + id + " found."));
                                }
                                YearMonth previous = YearMonth.from(today()).minusMonths(1);
                                return Mono.zip(
                                                store.visits(id.value())
                                                        .map(Visit::on)
                                                        .reduce(LocalDate.MIN, AssistanceService::later),
                                                store.assessments(id.value())
                                                        .map(Assessment::on)
                                                        .reduce(LocalDate.MIN, AssistanceService::later),
                                                store.report(id.value(), previous)
                                                        .map(MonthlyReport::submittedOn)
                                                        .defaultIfEmpty(LocalDate.MIN))
                                        .map(parts -> TimeLimitRules.compute(
                                                new TimeLimitRules.Facts(
                                                        row.referredOn(),
                                                        row.documentsReceivedOn(),
                                                        row.consentOn(),
                                                        row.courtOrdered(),
                                                        orNull(parts.getT1()),
                                                        orNull(parts.getT2()),
                                                        orNull(parts.getT3()),
                                                        row.ending() == null
                                                                ? null
                                                                : row.ending().endedOn()),
                                                deadlines));
                            })
                            .switchIfEmpty(Mono.defer(() -> readable(staff, id, "family assistance: time limits")
                                    .map(view -> TimeLimitRules.compute(
                                            new TimeLimitRules.Facts(
                                                    assignedOn(view, null), null, null, false, null, null, null, null),
                                            deadlines))));
                })
                .flatMapMany(Flux::fromIterable);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate orNull(LocalDate date) {
        return LocalDate.MIN.equals(date) ? null : date;
    }

    @Override
    public Mono<FamilyView> forFamily(Actor resident, ApplicationId id) {
        return applications
                .mine(resident, id)
                .then(row(id))
                .flatMap(row -> store.authorisations(id.value())
                        .collectList()
                        .map(authorisations -> new FamilyView(
                                id,
                                row.consentOn(),
                                row.workPlan(),
                                row.supportCatalogue(),
                                authorisations,
                                row.ending() == null ? null : row.ending().endedOn(),
                                row.ending() == null ? null : row.ending().reason())));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
