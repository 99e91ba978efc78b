package pl.cus.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.reporting.ReportData.Application;
import pl.cus.portal.reporting.ReportSummary.MonthPlans;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;

/**
 * The summary of the first half of 2031 over applications written with known dates: both ends of the period count,
 * the day before and the day after do not; plans count in the period they were prepared; on time is "on or before the
 * due date"; the median and the 90th percentile; and every figure opens to exactly the cases behind it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    private static final Actor DIRECTOR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000205"), "dyrektor", "Dyrektor", List.of(Role.DIRECTOR));
    private static final Actor EWA = Actor.of(ReportData.EWA, "ewa", "Ewa Kowalska", List.of(Role.COORDINATOR));
    private static final ReportPeriod H1 = ReportPeriod.halfYear(2031, 1);
    private static final String PROVIDER = "Fundacja Przystań; Nadrzecze";

    @Autowired
    Reports reports;

    @Autowired
    DatabaseClient db;

    private Application a1, a2, a3, x1, x2, p1, p2, p3, p4, p5, f1, f2, r1;

    @BeforeAll
    void knownData() {
        var data = new ReportData(db, "R31-" + UUID.randomUUID().toString().substring(0, 8));
        a1 = data.received("A1", "IPUS", "EMAIL", LocalDate.of(2031, 1, 1)); // first day: in
        a2 = data.received("A2", "IPUS", "PORTAL", LocalDate.of(2031, 6, 30)); // last day: in
        a3 = data.received("A3", "ZA_ZYCIEM", "PHONE", LocalDate.of(2031, 3, 15));
        x1 = data.received("X1", "IPUS", "EMAIL", LocalDate.of(2030, 12, 31)); // the day before: out
        x2 = data.received("X2", "IPUS", "EMAIL", LocalDate.of(2031, 7, 1)); // the day after: out
        String[] respite = {ReportData.RESPITE, PROVIDER};
        p1 = data.withPlan(
                "P1",
                LocalDate.of(2030, 12, 20),
                LocalDate.of(2031, 1, 5),
                List.<String[]>of(respite)); // 16 days, on time
        p2 = data.withPlan(
                "P2",
                LocalDate.of(2031, 1, 10),
                LocalDate.of(2031, 2, 9),
                List.<String[]>of(respite)); // 30 days: the due day
        p3 = data.withPlan(
                "P3",
                LocalDate.of(2031, 1, 10),
                LocalDate.of(2031, 2, 10), // 31 days: late
                List.of(respite, new String[] {ReportData.OTHER_SERVICE, ""}));
        p4 = data.withPlan(
                "P4", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 6, 30), List.<String[]>of()); // 60 days, late
        p5 = data.withPlan(
                "P5", LocalDate.of(2031, 6, 1), LocalDate.of(2031, 7, 1), List.<String[]>of(respite)); // prepared after
        f1 = data.application(
                "F1",
                "IPUS",
                "PORTAL",
                "FORWARDED",
                LocalDate.of(2031, 2, 1),
                null,
                LocalDate.of(2031, 2, 15),
                "MUNICIPAL_OFFICE",
                "Urząd Gminy Nadrzecze");
        f2 = data.application(
                "F2",
                "IPUS",
                "PORTAL",
                "FORWARDED",
                LocalDate.of(2031, 6, 20),
                null,
                LocalDate.of(2031, 7, 1),
                "CENTRE_TEAM",
                "Zespół wsparcia rodziny");
        r1 = data.application(
                "R1",
                "IPUS",
                "PORTAL",
                "NOT_QUALIFIED",
                LocalDate.of(2031, 6, 10),
                null,
                LocalDate.of(2031, 6, 30),
                null,
                null);
        data.pause(p2, "MISSING_DOCUMENTS", LocalDate.of(2031, 1, 20), LocalDate.of(2031, 1, 25));
        data.pause(p2, "AWAITING_ANSWER", LocalDate.of(2031, 6, 30), LocalDate.of(2031, 7, 2));
        data.pause(p1, "OTHER", LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 2));
    }

    private ReportSummary summary() {
        return reports.summary(JAN, H1).block(WAIT);
    }

    @Test
    void applicationsReceivedCountBothEndsOfThePeriodAndNeitherDayOutside() {
        var summary = summary();
        // a1, a2, a3, p2, p3, p4, p5, f1, f2, r1; not x1, x2 nor p1 (submitted in 2030)
        assertThat(summary.applicationsReceived()).isEqualTo(10);
        assertThat(summary.byKind()).containsExactly(entry("IPUS", 9L), entry("ZA_ZYCIEM", 1L));
        assertThat(summary.byChannel()).containsExactly(entry("EMAIL", 1L), entry("PHONE", 1L), entry("PORTAL", 8L));
        assertThat(references(Figure.RECEIVED, null))
                .containsExactlyInAnyOrder(
                        a1.reference(),
                        a2.reference(),
                        a3.reference(),
                        p2.reference(),
                        p3.reference(),
                        p4.reference(),
                        p5.reference(),
                        f1.reference(),
                        f2.reference(),
                        r1.reference());
        assertThat(references(Figure.RECEIVED_KIND, "ZA_ZYCIEM")).containsExactly(a3.reference());
        assertThat(references(Figure.RECEIVED_CHANNEL, "EMAIL")).containsExactly(a1.reference());
        assertThat(references(Figure.RECEIVED, null)).doesNotContain(x1.reference(), x2.reference(), p1.reference());
    }

    @Test
    void plansCountWhenPreparedOnTimeUpToTheDueDayAndLateAfterIt() {
        var summary = summary();
        assertThat(summary.plansPrepared()).isEqualTo(4);
        assertThat(summary.plansOnTime()).isEqualTo(2);
        assertThat(summary.plansLate()).isEqualTo(2);
        // days to plan: 16, 30, 31, 60
        assertThat(summary.medianDaysToPlan()).isEqualTo(30.5);
        assertThat(summary.p90DaysToPlan()).isCloseTo(51.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(references(Figure.ON_TIME, null)).containsExactly(p1.reference(), p2.reference());
        assertThat(references(Figure.LATE, null)).containsExactly(p3.reference(), p4.reference());
        assertThat(references(Figure.PREPARED, null)).doesNotContain(p5.reference());
    }

    @Test
    void plansPerMonthCoverEveryMonthOfThePeriod() {
        assertThat(summary().plansByMonth())
                .containsExactly(
                        new MonthPlans("2031-01", 1, 0),
                        new MonthPlans("2031-02", 1, 1),
                        new MonthPlans("2031-03", 0, 0),
                        new MonthPlans("2031-04", 0, 0),
                        new MonthPlans("2031-05", 0, 0),
                        new MonthPlans("2031-06", 0, 1));
        assertThat(references(Figure.MONTH_LATE, "2031-02")).containsExactly(p3.reference());
        assertThat(references(Figure.MONTH_ON_TIME, "2031-01")).containsExactly(p1.reference());
    }

    @Test
    void pausesStartedInThePeriodByReason() {
        var summary = summary();
        assertThat(summary.pauses()).isEqualTo(2);
        assertThat(summary.pausedApplications()).isEqualTo(1);
        assertThat(summary.pausesByReason())
                .containsEntry("MISSING_DOCUMENTS", 1L)
                .containsEntry("AWAITING_ANSWER", 1L)
                .containsEntry("OTHER", 0L);
        assertThat(references(Figure.PAUSED, null)).containsExactly(p2.reference());
        assertThat(references(Figure.PAUSED, "OTHER")).isEmpty();
    }

    @Test
    void forwardedAndRefusedByTheDayOfTheDecisionAndWhere() {
        var summary = summary();
        assertThat(summary.forwarded()).isEqualTo(1);
        assertThat(summary.refused()).isEqualTo(1);
        assertThat(summary.forwardedByDestination())
                .containsEntry("MUNICIPAL_OFFICE", 1L)
                .containsEntry("CENTRE_TEAM", 0L);
        assertThat(summary.forwardedTo())
                .containsExactly(new ReportSummary.Destination("MUNICIPAL_OFFICE", "Urząd Gminy Nadrzecze", 1));
        assertThat(references(Figure.FORWARDED, "MUNICIPAL_OFFICE")).containsExactly(f1.reference());
        assertThat(references(Figure.REFUSED, null)).containsExactly(r1.reference());
    }

    @Test
    void servicesOfThePreparedPlanVersionsByProgrammeAndProvider() {
        var services = summary().services();
        String name = db.sql("select name from catalogue_service where id = '" + ReportData.RESPITE + "'")
                .map(row -> row.get("name", String.class))
                .one()
                .block(WAIT);
        var respite = services.stream()
                .filter(s ->
                        s.serviceId().equals(ReportData.RESPITE) && s.provider().equals(PROVIDER))
                .toList();
        assertThat(respite).singleElement().satisfies(s -> {
            assertThat(s.plans()).isEqualTo(3); // p1, p2, p3; not p5 (prepared in July)
            assertThat(s.service()).isEqualTo(name);
        });
        assertThat(services).anySatisfy(s -> {
            assertThat(s.serviceId()).isEqualTo(ReportData.OTHER_SERVICE);
            assertThat(s.provider()).isEmpty();
            assertThat(s.plans()).isEqualTo(1);
        });
        // a later change to a prepared plan does not count its services again
        db.sql("update plan set change_request = 'zmiana', change_requested_at = now() where application_id = :id")
                .bind("id", p2.id())
                .then()
                .block(WAIT);
        assertThat(summary().services())
                .filteredOn(s ->
                        s.serviceId().equals(ReportData.RESPITE) && s.provider().equals(PROVIDER))
                .singleElement()
                .extracting(ReportSummary.ServiceCount::plans)
                .isEqualTo(3L);
        // version 1 of every plan names "Stary realizator": superseded versions do not count
        assertThat(services).noneMatch(s -> s.provider().equals("Stary realizator"));
        assertThat(references(Figure.SERVICE, ReportData.RESPITE + "|" + PROVIDER))
                .containsExactly(p1.reference(), p2.reference(), p3.reference());
    }

    @Test
    void caseloadMatchesTheCasesBehindIt() {
        var caseload = summary().caseload();
        assertThat(caseload).extracting(ReportSummary.Caseload::name).contains("Ewa Kowalska", "Marta Zielińska");
        assertThat(caseload)
                .filteredOn(c -> c.role().equals("FAMILY_ASSISTANT"))
                .allSatisfy(c -> assertThat(c.limit()).isEqualTo(15));
        assertThat(caseload)
                .filteredOn(c -> c.role().equals("COORDINATOR"))
                .allSatisfy(c -> assertThat(c.limit()).isNull());
        for (var person : caseload) {
            var cases = reports.cases(JAN, Figure.CASELOAD, person.accountId().toString(), H1)
                    .block(WAIT);
            assertThat(cases.total()).as(person.name()).isEqualTo(person.activeCases());
        }
    }

    @Test
    void familyAssistanceIsCountedFromItsData() {
        // the figures themselves: FamilyAssistanceReportTests (2005, before any family of today's data)
        var figures = summary().familyAssistance();
        assertThat(figures.available()).isTrue();
        assertThat(figures.completed() + figures.interrupted()).isZero(); // nothing ended in 2031
        assertThat(figures.interruptionReasons())
                .containsOnlyKeys("NO_COOPERATION_OR_RESIGNATION", "MOVED_AWAY", "OTHER");
    }

    @Test
    void outcomesPerYearCountEachEventInItsYear() {
        var years = reports.outcomesByYear(DIRECTOR, 2030, 2031).collectList().block(WAIT);
        assertThat(years).extracting(YearOutcomes::year).containsExactly(2030, 2031);
        var y2031 = years.get(1);
        // submitted in 2031: a1, a2, a3, x2, p2, p3, p4, p5, f1, f2, r1; prepared: p1–p5; forwarded f1, f2; refused r1;
        // withdrawn (how "received" test rows are closed): a1, a2, a3, x2 closed the next day, x1 closed on 2031-01-01
        assertThat(y2031.received()).isEqualTo(11);
        assertThat(y2031.plansPrepared()).isEqualTo(5);
        assertThat(y2031.forwarded()).isEqualTo(2);
        assertThat(y2031.refused()).isEqualTo(1);
        assertThat(y2031.withdrawn()).isEqualTo(5);
        assertThat(years.getFirst().received())
                .isGreaterThanOrEqualTo(2); // x1, p1 (and nothing else in 2030 but tests' data)
    }

    @Test
    void onlyTheOrganiserAndTheDirectorReadReports() {
        assertThat(reports.summary(DIRECTOR, H1).block(WAIT).applicationsReceived())
                .isEqualTo(10);
        assertThatThrownBy(() -> reports.summary(EWA, H1).block(WAIT)).isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> reports.cases(EWA, Figure.LATE, null, H1).block(WAIT))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> reports.meetingPack(EWA).block(WAIT)).isInstanceOf(DomainException.Forbidden.class);
        assertThat(reports.mayRead(EWA)).isFalse();
        assertThat(reports.mayRead(Actor.of(UUID.randomUUID(), "x", "x", Set.of(Role.ADMIN))))
                .isFalse();
    }

    @Test
    void figuresThatNeedAKeyRefuseAMissingOrUnreadableOne() {
        assertThatThrownBy(
                        () -> reports.cases(JAN, Figure.RECEIVED_KIND, null, H1).block(WAIT))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() ->
                        reports.cases(JAN, Figure.RECEIVED_KIND, "HOUSING", H1).block(WAIT))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(
                        () -> reports.cases(JAN, Figure.MONTH_LATE, "luty", H1).block(WAIT))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> reports.cases(JAN, Figure.CASELOAD, "ewa", H1).block(WAIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void theMeetingPackListsOpenCasesWithWhatToDiscussFirst() {
        var pack = reports.meetingPack(JAN).block(WAIT);
        assertThat(pack.quarter().contains(pack.asOf())).isTrue();
        // p1–p5 are open (plan prepared, running); x1 (withdrawn) is not
        assertThat(pack.plans())
                .extracting(MeetingPack.OpenPlan::reference)
                .contains(p2.reference())
                .doesNotContain(x1.reference());
        assertThat(pack.plans())
                .allSatisfy(plan -> assertThat(plan.status())
                        .isIn("SUBMITTED", "ASSIGNED", "ASSESSED", "PLAN_AGREED", "PLAN_PREPARED"));
        var discuss = pack.toDiscuss();
        assertThat(pack.plans().subList(0, discuss.size())).isEqualTo(discuss);
    }

    @Test
    void theMeetingPackHoldsExactlyWhatSortingEveryOpenCaseGave() {
        // 2032: no other test's year (this class's figures are of 2031)
        var data = new ReportData(db, "M32-" + UUID.randomUUID().toString().substring(0, 8));
        var overdue =
                data.application("O1", "IPUS", "PORTAL", "ASSIGNED", LocalDate.of(2032, 2, 1), null, null, null, null);
        var dueSoon =
                data.application("O2", "IPUS", "PORTAL", "ASSESSED", LocalDate.of(2032, 2, 2), null, null, null, null);
        var paused =
                data.application("O3", "IPUS", "PORTAL", "ASSIGNED", LocalDate.of(2032, 2, 3), null, null, null, null);
        var quiet =
                data.application("O4", "IPUS", "PORTAL", "ASSIGNED", LocalDate.of(2032, 2, 4), null, null, null, null);
        var changed = data.withPlan("O5", LocalDate.of(2032, 2, 5), LocalDate.of(2032, 3, 1), List.<String[]>of());
        track(overdue, "OVERDUE", false);
        track(dueSoon, "DUE_SOON", false);
        track(paused, "ON_TRACK", true);
        track(quiet, "ON_TRACK", false);
        db.sql(
                        "update plan set change_request = 'inna godzina', change_requested_at = now() where application_id = :id")
                .bind("id", changed.id())
                .then()
                .block(WAIT);

        var pack = reports.meetingPack(JAN).block(WAIT);
        // the one query the pack was before: every open case joined and sorted, those to discuss first
        List<UUID> sorted = db.sql("""
                        select a.id from application a
                        left join tracked_deadline t on t.application_id = a.id
                        left join plan p on p.application_id = a.id
                        where a.status in ('SUBMITTED', 'ASSIGNED', 'ASSESSED', 'PLAN_AGREED', 'PLAN_PREPARED')
                        order by (coalesce(t.state in ('OVERDUE', 'DUE_SOON'), false) or coalesce(t.paused, false)
                                  or p.change_request is not null) desc, a.plan_due_date, a.reference
                        limit 2000
                        """)
                .map(row -> row.get("id", UUID.class))
                .all()
                .collectList()
                .block(WAIT);
        assertThat(pack.plans()).extracting(MeetingPack.OpenPlan::applicationId).containsExactlyElementsOf(sorted);
        assertThat(pack.toDiscuss())
                .extracting(MeetingPack.OpenPlan::reference)
                .contains(overdue.reference(), dueSoon.reference(), paused.reference(), changed.reference())
                .doesNotContain(quiet.reference());
        assertThat(pack.plans())
                .filteredOn(plan -> plan.applicationId().equals(paused.id()))
                .singleElement()
                .satisfies(plan -> assertThat(plan.issues()).containsExactly(MeetingPack.Issue.PAUSED));
        assertThat(pack.plans())
                .filteredOn(plan -> plan.applicationId().equals(changed.id()))
                .singleElement()
                .satisfies(plan -> assertThat(plan.issues()).contains(MeetingPack.Issue.CHANGE_REQUESTED));
        assertThat(pack.plans()).extracting(MeetingPack.OpenPlan::reference).contains(quiet.reference());
    }

    private void track(Application app, String state, boolean paused) {
        db.sql("""
                        insert into tracked_deadline (application_id, reference, kind, submitted_on, due_date, state, paused, last_event_seq,
                            updated_at)
                        select id, reference, kind, submitted_on, plan_due_date, :state, :paused, 0, now() from application where id = :id
                        """)
                .bind("id", app.id())
                .bind("state", state)
                .bind("paused", paused)
                .then()
                .block(WAIT);
    }

    private List<String> references(Figure figure, String key) {
        CaseList list = reports.cases(JAN, figure, key, H1).block(WAIT);
        assertThat(list.total()).isEqualTo(list.cases().size());
        return list.cases().stream().map(ReportCase::reference).toList();
    }
}
