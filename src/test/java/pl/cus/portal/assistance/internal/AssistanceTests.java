package pl.cus.portal.assistance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.cus.portal.assistance.Assessment;
import pl.cus.portal.assistance.AssistanceConsentRecorded;
import pl.cus.portal.assistance.AssistanceEnded;
import pl.cus.portal.assistance.Authorisation;
import pl.cus.portal.assistance.AuthorisationRevoked;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.Ending.EndReason;
import pl.cus.portal.assistance.FamilyVisitLogged;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.InformationCardSaved;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.MonitoringNoteAdded;
import pl.cus.portal.assistance.MonthlyReport;
import pl.cus.portal.assistance.MonthlyReportSubmitted;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.Visit;
import pl.cus.portal.assistance.WorkPlan;
import pl.cus.portal.assistance.WorkPlanSaved;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;

/** The family's assistance decides its own changes: what it accepts, the events it answers, and what it refuses. */
class AssistanceTests {

    private static final UUID APPLICATION = UUID.randomUUID();
    private static final UUID MARTA = UUID.randomUUID();
    private static final UUID EWA = UUID.randomUUID();
    private static final LocalDate CONSENT = LocalDate.of(2026, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private static Assistance started(boolean zaZyciem) {
        return Assistance.start(null, APPLICATION, MARTA, zaZyciem, new Consent(CONSENT, false, null, null), TODAY)
                .assistance();
    }

    private static Ending ending() {
        return new Ending(LocalDate.of(2026, 8, 31), EndReason.GOALS_REACHED, null, LocalDate.of(2026, 11, 30));
    }

    private static String key(Runnable change) {
        try {
            change.run();
        } catch (DomainException refused) {
            return refused.getClass().getSimpleName() + ":" + refused.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theConsentStartsTheAssistanceOnceAndBadInputIsRefusedFirst() {
        var started = Assistance.start(null, APPLICATION, MARTA, true, new Consent(CONSENT, true, null, null), TODAY);
        assertThat(started.assistance().isNew()).isTrue();
        assertThat(started.events()).containsExactly(new AssistanceConsentRecorded(APPLICATION, MARTA, CONSENT, true));

        Assistance existing = started.assistance();
        assertThat(key(() -> Assistance.start(
                        existing, APPLICATION, MARTA, true, new Consent(CONSENT, false, null, null), TODAY)))
                .isEqualTo("Conflict:assistance.error.consent-recorded");
        assertThatThrownBy(() -> Assistance.start(
                        existing, APPLICATION, MARTA, true, new Consent(TODAY.plusDays(1), false, null, null), TODAY))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Assistance.start(null, APPLICATION, MARTA, true, null, TODAY))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theCardAndTheWorkPlanAreKeptStrippedAndNewGoalsGetIds() {
        Assistance assistance = started(false);
        assertThat(assistance.saveCard(
                        MARTA,
                        new InformationCard(
                                List.of(new InformationCard.Member(" Ola ", " ", 2015)), " Sytuacja ", " ", null)))
                .containsExactly(new InformationCardSaved(APPLICATION, MARTA));
        assertThat(assistance.row().card())
                .isEqualTo(new InformationCard(
                        List.of(new InformationCard.Member("Ola", null, 2015)), "Sytuacja", null, null));

        var events = assistance.saveWorkPlan(
                MARTA,
                new WorkPlan(List.of(new WorkPlan.Goal(
                        null, " Spokojny poranek ", List.of(new WorkPlan.Action(" plan ", " mama ", null, null))))));
        assertThat(events).containsExactly(new WorkPlanSaved(APPLICATION, MARTA, 1));
        WorkPlan.Goal goal = assistance.row().workPlan().goals().getFirst();
        assertThat(goal.id()).isNotNull();
        assertThat(goal.title()).isEqualTo("Spokojny poranek");
        assertThat(goal.actions().getFirst().status()).isEqualTo(WorkPlan.ActionStatus.PLANNED);
        assertThatThrownBy(() -> assistance.saveWorkPlan(MARTA, new WorkPlan(List.of())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aVisitNamesOnlyTheWorkPlansGoalsAndIsAddedForTheStore() {
        Assistance assistance = started(false);
        assistance.saveWorkPlan(MARTA, new WorkPlan(List.of(new WorkPlan.Goal(null, "Cel", List.of()))));
        UUID goal = assistance.row().workPlan().goals().getFirst().id();
        UUID visitId = UUID.randomUUID();
        var events = assistance.logVisit(
                MARTA,
                new Visit(null, LocalDate.of(2026, 9, 1), Visit.Kind.PHONE, 20, " Rozmowa ", List.of(goal, goal)),
                visitId,
                TODAY);
        assertThat(events)
                .containsExactly(
                        new FamilyVisitLogged(APPLICATION, MARTA, visitId, LocalDate.of(2026, 9, 1), "PHONE", 20));
        assertThat(assistance.records().newVisits())
                .containsExactly(
                        new Visit(visitId, LocalDate.of(2026, 9, 1), Visit.Kind.PHONE, 20, "Rozmowa", List.of(goal)));
        assertThatThrownBy(() -> assistance.logVisit(
                        MARTA,
                        new Visit(
                                null, LocalDate.of(2026, 9, 1), Visit.Kind.PHONE, 20, "x", List.of(UUID.randomUUID())),
                        UUID.randomUUID(),
                        TODAY))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void afterTheEndOnlyMonitoringNotesAreAddedAndNotBefore() {
        Assistance assistance = started(true);
        assertThat(key(() -> assistance.addMonitoringNote(MARTA, new MonitoringNote(TODAY, "Wizyta"), TODAY)))
                .isEqualTo("Conflict:assistance.error.not-ended");

        assertThat(assistance.end(MARTA, ending(), TODAY))
                .containsExactly(new AssistanceEnded(
                        APPLICATION, MARTA, LocalDate.of(2026, 8, 31), "GOALS_REACHED", LocalDate.of(2026, 11, 30)));

        String ended = "Conflict:assistance.error.ended";
        assertThat(key(() -> assistance.saveCard(MARTA, new InformationCard(List.of(), "S", null, null))))
                .isEqualTo(ended);
        assertThat(key(() -> assistance.saveWorkPlan(MARTA, new WorkPlan(List.of()))))
                .isEqualTo(ended);
        assertThat(key(() -> assistance.logVisit(MARTA, null, UUID.randomUUID(), TODAY)))
                .isEqualTo(ended);
        assertThat(key(() -> assistance.recordAssessment(MARTA, null, UUID.randomUUID(), TODAY)))
                .isEqualTo(ended);
        assertThat(key(() -> assistance.end(MARTA, ending(), TODAY))).isEqualTo(ended);
        assertThat(key(() -> assistance.saveSupportCatalogue(MARTA, List.of(), Map.of())))
                .isEqualTo(ended);
        assertThat(key(() -> assistance.recordAuthorisation(MARTA, null, UUID.randomUUID(), TODAY)))
                .isEqualTo(ended);

        assertThat(assistance.addMonitoringNote(MARTA, new MonitoringNote(TODAY, " Wszystko dobrze "), TODAY))
                .containsExactly(new MonitoringNoteAdded(APPLICATION, MARTA, TODAY));
        assertThat(assistance.row().monitoringNotes()).containsExactly(new MonitoringNote(TODAY, "Wszystko dobrze"));
        assertThatThrownBy(() -> assistance.addMonitoringNote(
                        MARTA, new MonitoringNote(LocalDate.of(2026, 8, 30), "Przed końcem"), TODAY))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theCatalogueAndAuthorisationsBelongToZaZyciemFamiliesAndARevocationHappensOnce() {
        Assistance other = started(false);
        assertThat(key(() -> other.saveSupportCatalogue(MARTA, List.of(), Map.of())))
                .isEqualTo("Conflict:assistance.error.not-za-zyciem");
        assertThat(key(() -> other.recordAuthorisation(
                        MARTA, new Authorisation(null, "Poczta", CONSENT, null, null), UUID.randomUUID(), TODAY)))
                .isEqualTo("Conflict:assistance.error.not-za-zyciem");

        Assistance zaZyciem = started(true);
        UUID service = UUID.randomUUID();
        zaZyciem.saveSupportCatalogue(
                MARTA, List.of(new SupportItem(service, "ignored", " po porodzie ")), Map.of(service, "Rehabilitacja"));
        assertThat(zaZyciem.row().supportCatalogue())
                .containsExactly(new SupportItem(service, "Rehabilitacja", "po porodzie"));
        assertThatThrownBy(() -> zaZyciem.saveSupportCatalogue(
                        MARTA, List.of(new SupportItem(UUID.randomUUID(), null, null)), Map.of()))
                .isInstanceOf(InvalidInput.class);

        UUID id = UUID.randomUUID();
        zaZyciem.recordAuthorisation(MARTA, new Authorisation(null, " Poczta ", CONSENT, null, null), id, TODAY);
        assertThat(zaZyciem.records().newAuthorisations())
                .containsExactly(new Authorisation(id, "Poczta", CONSENT, null, null));
        assertThat(zaZyciem.revokeAuthorisation(MARTA, id, TODAY))
                .containsExactly(new AuthorisationRevoked(APPLICATION, MARTA, id, TODAY));
        assertThat(zaZyciem.records().authorisation(id).revokedOn()).isEqualTo(TODAY);
        assertThat(zaZyciem.records().revoked()).containsEntry(id, TODAY);
        assertThat(key(() -> zaZyciem.revokeAuthorisation(MARTA, id, TODAY)))
                .isEqualTo("Conflict:assistance.error.revoked");
        assertThat(key(() -> zaZyciem.revokeAuthorisation(MARTA, UUID.randomUUID(), TODAY)))
                .startsWith("NotFound:");
    }

    @Test
    void theMonthsReportCountsItsVisitsIsSubmittedOnceAndTheMonthMustHaveBegunAfterTheConsent() {
        Assistance assistance = started(false);
        assistance.logVisit(
                MARTA,
                new Visit(null, LocalDate.of(2026, 8, 3), Visit.Kind.HOME_VISIT, 90, "a", List.of()),
                UUID.randomUUID(),
                TODAY);
        assistance.logVisit(
                MARTA,
                new Visit(null, LocalDate.of(2026, 8, 12), Visit.Kind.PHONE, 30, "b", List.of()),
                UUID.randomUUID(),
                TODAY);
        YearMonth august = YearMonth.of(2026, 8);
        assertThat(assistance.report(august, TODAY, POLISH).submitted()).isFalse();

        var edit = new MonthlyReport.Edit(august, null, " ", " Dobry miesiąc ");
        assertThat(assistance.submitReport(MARTA, edit, TODAY, POLISH))
                .containsExactly(new MonthlyReportSubmitted(APPLICATION, MARTA, "2026-08", TODAY));
        MonthlyReport report = assistance.records().newReports().getFirst();
        assertThat(report.visitCount()).isEqualTo(2);
        assertThat(report.totalMinutes()).isEqualTo(120);
        assertThat(report.contacts()).isEmpty();
        assertThat(report.summary()).isEqualTo("Dobry miesiąc");
        assertThat(assistance.report(august, TODAY, POLISH)).isEqualTo(report);

        assertThat(key(() -> assistance.submitReport(MARTA, edit, TODAY, POLISH)))
                .isEqualTo("Conflict:assistance.error.report-submitted");
        assertThatThrownBy(() -> assistance.report(YearMonth.of(2026, 10), TODAY, POLISH))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> assistance.report(YearMonth.of(2025, 12), TODAY, POLISH))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theWriterBecomesTheFamilysAssistantAndTheVersionIsTheLoadedOne() {
        Assistance assistance = started(false);
        assistance.recordAssessment(EWA, new Assessment(null, TODAY, "Ocena", "Dalej"), UUID.randomUUID(), TODAY);
        assertThat(assistance.row().assistantId()).isEqualTo(EWA);
        assertThat(assistance.records().newAssessments()).hasSize(1);
        assertThat(assistance.row().version()).isZero();
    }
}
