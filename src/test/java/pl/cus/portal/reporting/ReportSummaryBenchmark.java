package pl.cus.portal.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.Role;

/**
 * The numbers in docs/performance.md ("Reports"). Not part of the test suite (surefire runs only *Tests); run with
 * {@code ./mvnw -o test -Dtest=ReportSummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Seeds a million
 * applications over the two years up to today, with their plans, forwardings, refusals and pauses, then times the
 * summary of the last full calendar year (and a few other report queries). Prints its results.
 */
class ReportSummaryBenchmark extends PortalIntegrationTest {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 10);
    private static final Duration WAIT = Duration.ofMinutes(15);
    private static final Actor JAN = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000204"), "jan", "Jan Mazur", List.of(Role.ORGANISER));

    @Autowired
    DatabaseClient db;

    @Autowired
    Reports reports;

    @Autowired
    Clock clock;

    @Test
    void benchmark() {
        LocalDate today = LocalDate.now(clock);
        long t0 = System.nanoTime();
        seed(today);
        report(
                "seed %,d applications (+ plans, pauses) and vacuum analyze: %.1f s",
                ROWS, (System.nanoTime() - t0) / 1e9);
        report(
                "rows: applications %,d, plans %,d, plan versions %,d, pauses %,d, plan services %,d, service-days %,d",
                one("select count(*) as n from application"),
                one("select count(*) as n from plan"),
                one("select count(*) as n from plan_version"),
                one("select count(*) as n from deadline_pause"),
                one("select count(*) as n from report_plan_service"),
                one("select count(*) as n from report_service_day"));

        ReportPeriod year = ReportPeriod.year(today.getYear() - 1);
        var summary = reports.summary(JAN, year).block(WAIT);
        report(
                "year %s: received %,d (%s), prepared %,d, on time %,d, late %,d, median %.1f, p90 %.1f, pauses %,d, forwarded %,d, "
                        + "refused %,d, service rows %d, caseload rows %d",
                year.from().getYear(),
                summary.applicationsReceived(),
                summary.byKind(),
                summary.plansPrepared(),
                summary.plansOnTime(),
                summary.plansLate(),
                summary.medianDaysToPlan(),
                summary.p90DaysToPlan(),
                summary.pauses(),
                summary.forwarded(),
                summary.refused(),
                summary.services().size(),
                summary.caseload().size());

        time(
                "year summary " + year.from().getYear(),
                () -> reports.summary(JAN, year).block(WAIT));
        ReportPeriod half = ReportPeriod.halfYearOf(today.minusMonths(6));
        time(
                "half-year summary " + half.from() + "–" + half.to(),
                () -> reports.summary(JAN, half).block(WAIT));
        time(
                "outcomes per year, 4 years",
                () -> reports.outcomesByYear(JAN, today.getYear() - 3, today.getYear())
                        .collectList()
                        .block(WAIT));
        time(
                "drill-down: late plans of the year (count + first 1000)",
                () -> reports.cases(JAN, Figure.LATE, null, year).block(WAIT));
        time(
                "meeting pack (open cases, first 2000)",
                () -> reports.meetingPack(JAN).block(WAIT));

        String from = "'" + year.from() + "'";
        String to = "'" + year.to() + "'";
        explain("select kind, contact_channel, count(*) as n from application where submitted_on between " + from
                + " and " + to + " group by kind, contact_channel");
        explain("select service_id, provider, sum(plans) from report_service_day where prepared_on between " + from
                + " and " + to + " group by 1, 2");
        explain(
                "select date_trunc('month', plan_prepared_on)::date, plan_prepared_on - submitted_on, plan_prepared_on <= plan_due_date, "
                        + "count(*) from application where plan_prepared_on between " + from + " and " + to
                        + " group by 1, 2, 3");
    }

    private void seed(LocalDate today) {
        // Two years of applications, ~1,370 a day. Older than 45 days: 80 % get a plan 5–44 days after applying (about
        // a third
        // of them after the 30-day due date), 8 % forwarded, 5 % refused, 7 % withdrawn; the last 45 days are still
        // open.
        db.sql("""
                insert into application (id, resident_id, idempotency_key, request_hash, reference, kind, status, submitted_at, submitted_on,
                    plan_due_date, plan_prepared_on, closed_on, needs, contact_channel, consent_at, forwarded_destination, forwarded_to,
                    assignee_id, assignee_name)
                select gen_random_uuid(), '00000000-0000-0000-0000-000000000101', 'bench-' || i, 'bench', 'B/' || i,
                       case when i % 20 = 0 then 'ZA_ZYCIEM' else 'IPUS' end,
                       case when recent then (array['SUBMITTED', 'ASSIGNED', 'ASSESSED'])[1 + i % 3]
                            when r < 0.80 then 'PLAN_PREPARED' when r < 0.88 then 'FORWARDED' when r < 0.93 then 'NOT_QUALIFIED'
                            else 'WITHDRAWN' end,
                       s::timestamp + interval '9 hours', s, s + 30,
                       case when not recent and r < 0.80 then s + d end,
                       case when recent or r < 0.80 then null when r < 0.88 then s + 10 when r < 0.93 then s + 12 else s + 5 end,
                       'potrzeby', (array['PORTAL', 'PORTAL', 'PORTAL', 'PORTAL', 'PORTAL', 'PORTAL', 'EMAIL', 'EMAIL', 'EMAIL', 'PHONE'])[1 + i % 10],
                       s::timestamp,
                       case when not recent and r >= 0.80 and r < 0.88 then (array['CENTRE_TEAM', 'MUNICIPAL_OFFICE', 'OTHER_MUNICIPAL_UNIT'])[1 + i % 3] end,
                       case when not recent and r >= 0.80 and r < 0.88 then 'Jednostka ' || (i % 12) end,
                       case when recent and i % 3 > 0 then (array['00000000-0000-0000-0000-000000000201'::uuid,
                            '00000000-0000-0000-0000-000000000202'::uuid, '00000000-0000-0000-0000-000000000203'::uuid])[1 + i % 3] end,
                       case when recent and i % 3 > 0 then (array['Ewa Kowalska', 'Piotr Wiśniewski', 'Marta Zielińska'])[1 + i % 3] end
                from (select i, (:today - (i % 730))::date as s, random() as r, 5 + (random() * 40)::int as d,
                             (i % 730) < 45 as recent
                      from generate_series(1, :rows) as i) g
                """).bind("today", today).bind("rows", ROWS).then().block(WAIT);
        db.sql("""
                insert into plan (id, application_id, current_version)
                select gen_random_uuid(), id, 1 from application where reference like 'B/%' and plan_prepared_on is not null
                """).then().block(WAIT);
        // Three services per plan from eight catalogue services and five providers.
        db.sql("""
                insert into plan_version (plan_id, version, period_from, period_to, goals, items, written_by, written_by_name, written_at,
                    agreed_on, approved_on)
                select p.id, 1, p.prepared_on, p.prepared_on + 180, 'cele',
                       (select jsonb_agg(jsonb_build_object('serviceId', '5e4f1ce0-0000-4000-8000-0000000000' || lpad((1 + (n + k) % 8)::text, 2, '0'),
                                'serviceName', 'Usługa ' || (1 + (n + k) % 8), 'provider', 'Realizator ' || ((n + k) % 5),
                                'place', 'Nadrzecze', 'schedule', 'co tydzień'))
                        from generate_series(0, 2) as k),
                       '00000000-0000-0000-0000-000000000201', 'Ewa Kowalska', now(), p.prepared_on, p.prepared_on
                from (select p.id, a.plan_prepared_on as prepared_on, (hashtext(p.id::text) & 1023) as n
                      from plan p join application a on a.id = p.application_id where a.reference like 'B/%') p
                """).then().block(WAIT);
        // The day each plan became prepared, as the plans module sets it (V41's trigger extracts the services).
        db.sql("update plan p set prepared_on = a.plan_prepared_on from application a where a.id = p.application_id "
                        + "and a.reference like 'B/%' and p.prepared_on is null")
                .then()
                .block(WAIT);
        // 3 % of applications waited for the resident once.
        db.sql("""
                insert into tracked_deadline (application_id, reference, kind, submitted_on, due_date, state, paused, last_event_seq, updated_at)
                select id, reference, kind, submitted_on, plan_due_date, 'MET', false, 0, now() from application
                where reference like 'B/%' and abs(hashtext(reference)) % 100 < 3
                """).then().block(WAIT);
        db.sql("""
                insert into deadline_pause (id, application_id, reason, started_on, ended_on, started_by, created_at)
                select gen_random_uuid(), application_id,
                       (array['MISSING_DOCUMENTS', 'AWAITING_ANSWER', 'RESIDENT_ASKED_TO_WAIT', 'OTHER'])[1 + abs(hashtext(reference)) % 4],
                       submitted_on + 3, submitted_on + 8, '00000000-0000-0000-0000-000000000201', now()
                from tracked_deadline where reference like 'B/%'
                """).then().block(WAIT);
        // As autovacuum would have done on tables filled over years: statistics, and a visibility map for index-only
        // scans.
        for (String table : List.of(
                "application",
                "plan",
                "plan_version",
                "tracked_deadline",
                "deadline_pause",
                "report_plan_service",
                "report_service_day")) {
            db.sql("vacuum analyze " + table).then().block(WAIT);
        }
    }

    private void time(String what, Supplier<Object> query) {
        for (int i = 0; i < 2; i++) {
            query.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        report(
                "%s, %d runs after 2 warm-ups: p50 %.0f ms, max %.0f ms, min %.0f ms",
                what, RUNS, times.get((times.size() - 1) / 2), times.getLast(), times.getFirst());
    }

    private void explain(String sql) {
        report(
                "%s",
                String.join(
                        "\n",
                        db.sql("explain (analyze, buffers off, timing off, summary on) " + sql)
                                .map(row -> row.get(0, String.class))
                                .all()
                                .collectList()
                                .block(WAIT)));
    }

    private long one(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block(WAIT);
    }

    private static void report(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
