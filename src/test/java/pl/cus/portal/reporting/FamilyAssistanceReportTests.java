package pl.cus.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.reporting.ReportData.Application;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.Role;

/**
 * The family-assistance figures of the first half of 2005 over cases written straight into the assistance tables with
 * known dates in the distant past (no other test uses 2004–2005, and an open case of today's data, with its
 * consent given later, cannot be in force then): assistance in force on the first or the last day counts, one ended the
 * day before or started the day after does not; children by year of birth, or by the relation when there is none;
 * assistance ended in the period by reason; visits and monthly reports by their dates; each case count opens to
 * exactly its cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyAssistanceReportTests extends PortalIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));
    private static final ReportPeriod H1 = ReportPeriod.halfYear(2005, 1);
    private static final UUID ASSISTANT_A = UUID.randomUUID();
    private static final UUID ASSISTANT_B = UUID.randomUUID();
    private static final UUID ASSISTANT_C = UUID.randomUUID();

    @Autowired
    Reports reports;

    @Autowired
    DatabaseClient db;

    private Application c1, c2, c3, c4, c5, c6, c7, c8;

    @BeforeAll
    void knownData() {
        var data = new ReportData(db, "FA05-" + UUID.randomUUID().toString().substring(0, 8));
        // ended the day before the period (completed): neither supported in it nor completed in it
        c1 = family(
                data,
                "C1",
                ASSISTANT_C,
                false,
                true,
                LocalDate.of(2004, 3, 1),
                LocalDate.of(2004, 12, 31),
                "GOALS_REACHED",
                "[{\"name\":\"Ola\",\"relation\":\"córka\",\"birthYear\":1991}]");
        // ended on the first day with the goals reached, court-ordered; a daughter of 24 is no child, a son of 17 is
        c2 = family(
                data,
                "C2",
                ASSISTANT_A,
                false,
                true,
                LocalDate.of(2004, 5, 1),
                LocalDate.of(2005, 1, 1),
                "GOALS_REACHED",
                "[{\"name\":\"Maria\",\"relation\":\"córka\",\"birthYear\":1981},{\"name\":\"Kuba\",\"relation\":\"syn\",\"birthYear\":1988}]");
        // consent on the last day, "Za życiem": a daughter without a year is a child; a son of 18 and the expected
        // child
        // (born after 2005) are not
        c3 = family(
                data,
                "C3",
                ASSISTANT_A,
                true,
                false,
                LocalDate.of(2005, 6, 30),
                null,
                null,
                "[{\"name\":\"Kasia\",\"relation\":\"mama\",\"birthYear\":1958},{\"name\":\"Lena\",\"relation\":\"Córka\"},"
                        + "{\"name\":\"Piotr\",\"relation\":\"syn\",\"birthYear\":1987},{\"name\":\"(w drodze)\",\"relation\":\"dziecko\",\"birthYear\":2006}]");
        // consent the day after the period: nothing of it counts
        c4 = family(
                data,
                "C4",
                ASSISTANT_C,
                true,
                true,
                LocalDate.of(2005, 7, 1),
                null,
                null,
                "[{\"name\":\"Ada\",\"relation\":\"córka\",\"birthYear\":2001}]");
        // ended on the last day, no cooperation, court-ordered; a son of 14 and a granddaughter without a year
        c5 = family(
                data,
                "C5",
                ASSISTANT_A,
                false,
                true,
                LocalDate.of(2004, 9, 1),
                LocalDate.of(2005, 6, 30),
                "NO_COOPERATION_OR_RESIGNATION",
                "[{\"name\":\"Adam\",\"relation\":\"Syn\",\"birthYear\":1991},"
                        + "{\"name\":\"Jan\",\"relation\":\"dziadek\",\"birthYear\":1918},{\"name\":\"Zuzia\",\"relation\":\"Wnuczka\"}]");
        // moved away within the period, no card
        c6 = family(
                data,
                "C6",
                ASSISTANT_B,
                false,
                false,
                LocalDate.of(2005, 2, 1),
                LocalDate.of(2005, 3, 15),
                "MOVED_AWAY",
                null);
        // "Za życiem", ended the day after the period: supported, not ended in it
        c7 = family(
                data,
                "C7",
                ASSISTANT_B,
                true,
                false,
                LocalDate.of(2005, 2, 1),
                LocalDate.of(2005, 7, 1),
                "OTHER",
                "{\"not\":\"an array\"}");
        // other reason within the period; a baby born in 2005 and a "son" (English card) without a year are children
        c8 = family(
                data,
                "C8",
                ASSISTANT_B,
                false,
                false,
                LocalDate.of(2005, 1, 10),
                LocalDate.of(2005, 4, 1),
                "OTHER",
                "[{\"name\":\"Nina\",\"relation\":\"dziecko\",\"birthYear\":2005},{\"name\":\"Marek\",\"relation\":\"partner mamy\",\"birthYear\":1953},"
                        + "{\"name\":\"Tom\",\"relation\":\"son\"}]");
        visit(c2, LocalDate.of(2005, 1, 1)); // first day: in
        visit(c2, LocalDate.of(2004, 12, 31)); // the day before: out
        visit(c3, LocalDate.of(2005, 6, 30)); // last day: in
        visit(c5, LocalDate.of(2005, 3, 3));
        visit(c7, LocalDate.of(2005, 7, 1)); // the day after: out
        report(c5, YearMonth.of(2004, 12), LocalDate.of(2005, 1, 1)); // submitted on the first day: in
        report(c5, YearMonth.of(2005, 5), LocalDate.of(2005, 6, 30)); // on the last day: in
        report(c2, YearMonth.of(2004, 11), LocalDate.of(2004, 12, 31)); // the day before: out
        report(c7, YearMonth.of(2005, 6), LocalDate.of(2005, 7, 1)); // the day after: out
    }

    private Application family(
            ReportData data,
            String name,
            UUID assistant,
            boolean zaZyciem,
            boolean courtOrdered,
            LocalDate consent,
            LocalDate ended,
            String reason,
            String household) {
        Application app = data.received(name, zaZyciem ? "ZA_ZYCIEM" : "IPUS", "PORTAL", consent.minusDays(20));
        var spec = db.sql("""
                        insert into family_assistance (application_id, assistant_id, za_zyciem, consent_on, court_ordered, card, ended_on,
                            end_reason, end_reason_text, monitoring_until, recorded_at, updated_at)
                        values (:id, :assistant, :zz, :consent, :court, :card, :ended, :reason, :text, :until, now(), now())
                        """)
                .bind("id", app.id())
                .bind("assistant", assistant)
                .bind("zz", zaZyciem)
                .bind("consent", consent)
                .bind("court", courtOrdered);
        spec = household == null
                ? spec.bindNull("card", Json.class)
                : spec.bind(
                        "card",
                        Json.of("{\"household\":" + household
                                + ",\"situation\":\"s\",\"strengths\":\"m\",\"difficulties\":\"t\"}"));
        spec = ended == null
                ? spec.bindNull("ended", LocalDate.class).bindNull("until", LocalDate.class)
                : spec.bind("ended", ended).bind("until", ended.plusMonths(3));
        spec = reason == null ? spec.bindNull("reason", String.class) : spec.bind("reason", reason);
        spec = "OTHER".equals(reason) ? spec.bind("text", "rodzina zastępcza") : spec.bindNull("text", String.class);
        spec.then().block(WAIT);
        return app;
    }

    private void visit(Application app, LocalDate on) {
        db.sql("""
                        insert into family_visit (id, application_id, visited_on, kind, duration_minutes, notes, logged_by, logged_at)
                        values (:id, :app, :on, 'HOME_VISIT', 60, 'wizyta', :by, now())
                        """)
                .bind("id", UUID.randomUUID())
                .bind("app", app.id())
                .bind("on", on)
                .bind("by", ASSISTANT_A)
                .then()
                .block(WAIT);
    }

    private void report(Application app, YearMonth month, LocalDate submitted) {
        db.sql("""
                        insert into family_monthly_report (application_id, month, visit_count, total_minutes, contacts, goals_worked_on,
                            summary, submitted_on, submitted_by, submitted_at)
                        values (:app, :month, 1, 60, 'kontakty', 'cele', 'podsumowanie', :on, :by, now())
                        """)
                .bind("app", app.id())
                .bind("month", month.atDay(1))
                .bind("on", submitted)
                .bind("by", ASSISTANT_A)
                .then()
                .block(WAIT);
    }

    private FamilyAssistanceFigures figures() {
        return reports.summary(JAN, H1).block(WAIT).familyAssistance();
    }

    @Test
    void familiesSupportedAreThoseWithConsentInForceOnAnyDayOfThePeriod() {
        var figures = figures();
        assertThat(figures.available()).isTrue();
        assertThat(figures.families())
                .isEqualTo(6); // c2, c3, c5, c6, c7, c8; not c1 (ended the day before), c4 (the day after)
        assertThat(figures.assistants()).isEqualTo(2);
        assertThat(figures.courtOrdered()).isEqualTo(2); // c2, c5; not c1, c4
        assertThat(figures.zaZyciem()).isEqualTo(2); // c3, c7; not c4
        assertThat(references(Figure.FA_FAMILIES, null))
                .containsExactlyInAnyOrder(
                        c2.reference(), c3.reference(), c5.reference(), c6.reference(), c7.reference(), c8.reference());
        assertThat(references(Figure.FA_COURT_ORDERED, null)).containsExactlyInAnyOrder(c2.reference(), c5.reference());
        assertThat(references(Figure.FA_ZA_ZYCIEM, null)).containsExactlyInAnyOrder(c3.reference(), c7.reference());
        assertThat(references(Figure.FA_FAMILIES, null)).doesNotContain(c1.reference(), c4.reference());
    }

    @Test
    void childrenAreCountedByYearOfBirthOrElseByTheRelation() {
        // c2: Kuba (17); c3: Lena (córka, no year); c5: Adam (14), Zuzia (wnuczka, no year); c8: Nina (0), Tom (son, no
        // year)
        assertThat(figures().children()).isEqualTo(6);
    }

    @Test
    void assistanceEndedInThePeriodIsCompletedOrInterruptedByReason() {
        var figures = figures();
        assertThat(figures.completed()).isEqualTo(1); // c2 on the first day; not c1 the day before
        assertThat(figures.interrupted()).isEqualTo(3); // c5 on the last day, c6, c8; not c7 the day after
        assertThat(figures.interruptionReasons())
                .containsExactly(
                        entry("NO_COOPERATION_OR_RESIGNATION", 1L), entry("MOVED_AWAY", 1L), entry("OTHER", 1L));
        assertThat(references(Figure.FA_COMPLETED, null)).containsExactly(c2.reference());
        assertThat(references(Figure.FA_INTERRUPTED, null))
                .containsExactlyInAnyOrder(c5.reference(), c6.reference(), c8.reference());
        assertThat(references(Figure.FA_INTERRUPTED, "MOVED_AWAY")).containsExactly(c6.reference());
        assertThat(references(Figure.FA_INTERRUPTED, "OTHER")).containsExactly(c8.reference());
        assertThatThrownBy(() -> reports.cases(JAN, Figure.FA_INTERRUPTED, "GOALS_REACHED", H1)
                        .block(WAIT))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void visitsAndMonthlyReportsCountByTheirDatesBothEndsIncluded() {
        var figures = figures();
        assertThat(figures.visits()).isEqualTo(3);
        assertThat(figures.monthlyReports()).isEqualTo(2);
    }

    @Test
    void aPeriodOfOneDayCountsWhatWasInForceThatDay() {
        var day = reports.summary(JAN, new ReportPeriod(LocalDate.of(2005, 6, 30), LocalDate.of(2005, 6, 30)))
                .block(WAIT)
                .familyAssistance();
        assertThat(day.families()).isEqualTo(3); // c3 (consent that day), c5 (ended that day), c7
        assertThat(day.interrupted()).isEqualTo(1);
        assertThat(day.completed()).isZero();
        assertThat(day.visits()).isEqualTo(1);
    }

    @Test
    void theYearlyTableCountsEachYearLikeTheKatowiceTables() {
        var years = reports.outcomesByYear(JAN, 2004, 2005).collectList().block(WAIT);
        var first = years.get(0).familyAssistance();
        var second = years.get(1).familyAssistance();
        assertThat(first.families()).isEqualTo(3); // c1, c2, c5
        assertThat(first.completed()).isEqualTo(1); // c1
        assertThat(second.families()).isEqualTo(7); // all but c1
        assertThat(second.completed()).isEqualTo(1);
        assertThat(second.interrupted()).isEqualTo(4); // c5, c6, c7, c8
        assertThat(second.children()).isEqualTo(7); // the six above and Ada (c4, 4 years old)
    }

    private List<String> references(Figure figure, String key) {
        CaseList list = reports.cases(JAN, figure, key, H1).block(WAIT);
        assertThat(list.total()).isEqualTo(list.cases().size());
        return list.cases().stream().map(ReportCase::reference).toList();
    }
}
