package pl.cus.portal.assistance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.AssistanceConsentRecorded;
import pl.cus.portal.assistance.AssistanceEnded;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.AuthorisationRecorded;
import pl.cus.portal.assistance.AuthorisationRevoked;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.FamilySituationAssessed;
import pl.cus.portal.assistance.FamilyVisitLogged;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.InformationCardSaved;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonitoringNoteAdded;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.MonthlyReportSubmitted;
import pl.cus.portal.assistance.SupportCatalogueSaved;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.assistance.WorkPlanSaved;
import pl.cus.portal.shared.DomainEvent;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;

/**
 * One family's assistance, the aggregate every change is decided on: it starts at the written consent, runs until
 * it ends, and then takes monitoring notes only. Each method refuses an illegal change (Conflict, NotFound or
 * InvalidInput naming the fields) and answers the events to record; {@link AssistanceStore} loads and saves it with
 * an optimistic version check. The writer of a change becomes the family's assistant (a reassigned case moves to
 * the new assistant on their first write).
 */
final class Assistance {

    private final UUID applicationId;
    private final boolean isNew;
    private final long version;
    private final boolean zaZyciem;
    private final Consent consent;
    private UUID assistantId;
    private InformationCard card;
    private WorkPlan workPlan;
    private List<SupportItem> supportCatalogue;
    private Ending ending;
    private List<MonitoringNote> monitoringNotes;
    private final AssistanceRecords records;

    Assistance(AssistanceRow row, AssistanceRecords records) {
        this(row, false, records);
    }

    private Assistance(AssistanceRow row, boolean isNew, AssistanceRecords records) {
        this.applicationId = row.applicationId();
        this.isNew = isNew;
        this.version = row.version();
        this.assistantId = row.assistantId();
        this.zaZyciem = row.zaZyciem();
        this.consent = row.consent();
        this.card = row.card();
        this.workPlan = row.workPlan();
        this.supportCatalogue = List.copyOf(row.supportCatalogue());
        this.ending = row.ending();
        this.monitoringNotes = List.copyOf(row.monitoringNotes());
        this.records = records;
    }

    /** A new assistance and its event. */
    record Started(Assistance assistance, List<DomainEvent> events) {}

    /**
     * The written consent starts the assistance, once: Conflict when {@code existing} is not {@code null} (checked
     * after the input, as a second consent with bad input is first of all bad input).
     */
    static Started start(
            Assistance existing,
            UUID applicationId,
            UUID assistantId,
            boolean zaZyciem,
            Consent consent,
            LocalDate today) {
        valid(AssistanceRules.consent(consent, today));
        if (existing != null) {
            throw AssistanceRefusals.consentRecorded();
        }
        var started = new Assistance(
                new AssistanceRow(
                        applicationId,
                        0,
                        assistantId,
                        zaZyciem,
                        consent,
                        null,
                        new WorkPlan(List.of()),
                        List.of(),
                        null,
                        List.of()),
                true,
                AssistanceRecords.none());
        return new Started(
                started,
                List.of(new AssistanceConsentRecorded(
                        applicationId, assistantId, consent.consentOn(), consent.courtOrdered())));
    }

    // ---- changes while the assistance runs

    List<DomainEvent> saveCard(UUID writer, InformationCard given) {
        running(writer);
        valid(AssistanceRules.card(given));
        card = Inputs.card(given);
        return List.of(new InformationCardSaved(applicationId, writer));
    }

    /** Replaces the work plan; goals without an id get one. */
    List<DomainEvent> saveWorkPlan(UUID writer, WorkPlan given) {
        running(writer);
        valid(AssistanceRules.workPlan(given));
        workPlan = Inputs.workPlan(given);
        return List.of(new WorkPlanSaved(applicationId, writer, workPlan.goals().size()));
    }

    List<DomainEvent> logVisit(UUID writer, Visit given, UUID visitId, LocalDate today) {
        running(writer);
        Set<UUID> goals = workPlan.goals().stream().map(WorkPlan.Goal::id).collect(Collectors.toSet());
        valid(AssistanceRules.visit(given, consent.consentOn(), today, goals));
        var visit = new Visit(
                visitId,
                given.on(),
                given.kind(),
                given.durationMinutes(),
                given.notes().strip(),
                given.goalIds().stream().distinct().toList());
        records.addVisit(visit);
        return List.of(new FamilyVisitLogged(
                applicationId, writer, visitId, visit.on(), visit.kind().name(), visit.durationMinutes()));
    }

    List<DomainEvent> recordAssessment(UUID writer, Assessment given, UUID assessmentId, LocalDate today) {
        running(writer);
        valid(AssistanceRules.assessment(given, consent.consentOn(), today));
        var assessment = new Assessment(
                assessmentId,
                given.on(),
                given.text().strip(),
                given.conclusion().strip());
        records.addAssessment(assessment);
        return List.of(new FamilySituationAssessed(applicationId, writer, assessment.on()));
    }

    List<DomainEvent> saveSupportCatalogue(UUID writer, List<SupportItem> items, Map<UUID, String> offered) {
        running(writer);
        zaZyciem();
        valid(AssistanceRules.supportItems(items, offered.keySet()));
        supportCatalogue = items.stream()
                .map(item -> new SupportItem(
                        item.serviceId(),
                        item.serviceId() == null ? null : offered.get(item.serviceId()),
                        Inputs.strip(item.text())))
                .toList();
        return List.of(new SupportCatalogueSaved(applicationId, writer, supportCatalogue.size()));
    }

    List<DomainEvent> recordAuthorisation(UUID writer, Authorisation given, UUID authorisationId, LocalDate today) {
        running(writer);
        zaZyciem();
        valid(AssistanceRules.authorisation(given, today));
        var authorisation = new Authorisation(
                authorisationId, given.purpose().strip(), given.grantedOn(), given.validUntil(), null);
        records.addAuthorisation(authorisation);
        return List.of(new AuthorisationRecorded(applicationId, writer, authorisationId, authorisation.grantedOn()));
    }

    List<DomainEvent> end(UUID writer, Ending given, LocalDate today) {
        running(writer);
        valid(AssistanceRules.ending(given, consent.consentOn(), today));
        ending = new Ending(given.endedOn(), given.reason(), Inputs.strip(given.reasonText()), given.monitoringUntil());
        return List.of(new AssistanceEnded(
                applicationId, writer, ending.endedOn(), ending.reason().name(), ending.monitoringUntil()));
    }

    // ---- changes at any time

    /** A note of the monitoring that follows the end; Conflict while the assistance runs. */
    List<DomainEvent> addMonitoringNote(UUID writer, MonitoringNote note, LocalDate today) {
        assistantId = writer;
        if (ending == null) {
            throw AssistanceRefusals.notEnded();
        }
        valid(AssistanceRules.monitoringNote(note, ending.endedOn(), today));
        List<MonitoringNote> notes = new ArrayList<>(monitoringNotes);
        notes.add(new MonitoringNote(note.on(), note.text().strip()));
        monitoringNotes = List.copyOf(notes);
        return List.of(new MonitoringNoteAdded(applicationId, writer, note.on()));
    }

    /** The month's report: counts from the month's visits, texts from the edit; Conflict for a second one. */
    List<DomainEvent> submitReport(UUID writer, MonthlyReport.Edit edit, LocalDate today, Locale locale) {
        assistantId = writer;
        valid(AssistanceRules.report(edit, consent.consentOn(), today));
        if (records.report(edit.month()) != null) {
            throw AssistanceRefusals.reportSubmitted(edit.month());
        }
        MonthlyReport draft = draft(edit.month(), locale);
        records.addReport(new MonthlyReport(
                edit.month(),
                draft.visitCount(),
                draft.totalMinutes(),
                text(edit.contacts()),
                text(edit.goalsWorkedOn()),
                edit.summary().strip(),
                today));
        return List.of(
                new MonthlyReportSubmitted(applicationId, writer, edit.month().toString(), today));
    }

    /** Revokes an authorisation of this family, also after the end; NotFound or Conflict when already revoked. */
    List<DomainEvent> revokeAuthorisation(UUID writer, UUID authorisationId, LocalDate today) {
        assistantId = writer;
        Authorisation found = records.authorisation(authorisationId);
        if (found == null) {
            throw AssistanceRefusals.noAuthorisation(authorisationId);
        }
        if (found.revokedOn() != null) {
            throw AssistanceRefusals.revoked();
        }
        records.revoke(authorisationId, today);
        return List.of(new AuthorisationRevoked(applicationId, writer, authorisationId, today));
    }

    // ---- reads

    /** The submitted report of the month, or the draft from its visits; InvalidInput for a month out of range. */
    MonthlyReport report(YearMonth month, LocalDate today, Locale locale) {
        valid(AssistanceRules.month(month, consent.consentOn(), today));
        MonthlyReport submitted = records.report(month);
        return submitted != null ? submitted : draft(month, locale);
    }

    private MonthlyReport draft(YearMonth month, Locale locale) {
        return ReportDrafts.draft(month, records.visits(), workPlan, locale);
    }

    // ---- the guards

    private void running(UUID writer) {
        assistantId = writer;
        if (ending != null) {
            throw AssistanceRefusals.ended();
        }
    }

    private void zaZyciem() {
        if (!zaZyciem) {
            throw AssistanceRefusals.notZaZyciem();
        }
    }

    private static void valid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    // ---- what the store saves

    AssistanceRow row() {
        return new AssistanceRow(
                applicationId,
                version,
                assistantId,
                zaZyciem,
                consent,
                card,
                workPlan,
                supportCatalogue,
                ending,
                monitoringNotes);
    }

    /** Not saved yet: the store inserts the row rather than update it. */
    boolean isNew() {
        return isNew;
    }

    AssistanceRecords records() {
        return records;
    }
}
