package pl.cus.portal.deadlines.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;
import pl.cus.portal.calendar.Deadlines;
import pl.cus.portal.deadlines.BoardFilter;
import pl.cus.portal.deadlines.ContractEvents;
import pl.cus.portal.deadlines.DeadlineBoard;
import pl.cus.portal.deadlines.DeadlineTracking;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.EventLog;
import pl.cus.portal.shared.Role;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers in docs/deadlines.md ("Benchmark"). Not part of the test suite (surefire runs only *Tests); run with
 * {@code ./mvnw -o test -Dtest=DeadlineBoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Prints its results.
 */
class DeadlineBoardBenchmark extends PortalIntegrationTest {

    private static final int ROWS = Integer.getInteger("benchmark.rows", 1_000_000);
    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 200);
    private static final int CHANGES = Integer.getInteger("benchmark.changes", 50);
    private static final int QUERIES = Integer.getInteger("benchmark.queries", 1000);
    private static final Duration WAIT = Duration.ofMinutes(10);
    private static final Actor DIRECTOR = Actor.of(
            UUID.fromString("00000000-0000-0000-0000-000000000205"),
            "dyrektor",
            "Dyrektor",
            java.util.Set.of(Role.DIRECTOR));

    @Autowired
    DatabaseClient db;

    @Autowired
    DeadlineTracking tracking;

    @Autowired
    DeadlineBoard board;

    @Autowired
    BoardSnapshots snapshots;

    @Autowired
    Deadlines deadlines;

    @Autowired
    EventLog log;

    @Test
    void benchmark() throws Exception {
        LocalDate today = deadlines.today();
        long t0 = System.nanoTime();
        insertRows(today);
        report("insert %,d tracked deadlines + vacuum analyze: %.1f s", ROWS, (System.nanoTime() - t0) / 1e9);
        report(
                "open deadlines: %,d",
                one("select count(*) as n from tracked_deadline where state in ('ON_TRACK','DUE_SOON','OVERDUE')"));

        midnight(today.plusDays(1));
        boardQueries();
        liveLatency(today);
    }

    private void insertRows(LocalDate today) {
        // Three years of applications, about 900 a day; those submitted in the last 30 days are open, 0.5 % of the
        // older ones are still open (overdue), the rest met (90 %), met late (5 %) or closed (5 %).
        db.sql("""
                insert into tracked_deadline (application_id, reference, kind, coordinator_id, team, submitted_on, due_date,
                    met_on, closed_on, finished_on, state, next_change, paused, last_event_seq, updated_at)
                select gen_random_uuid(), 'B/' || i, case when i % 20 = 0 then 'ZA_ZYCIEM' else 'IPUS' end,
                       ('00000000-0000-0000-0001-' || lpad((i % 40)::text, 12, '0'))::uuid, 'Zespół ' || (i % 8),
                       s, s + 30,
                       case when open then null when r < 0.90 then s + 20 when r < 0.95 then s + 35 end,
                       case when not open and r >= 0.95 then s + 10 end,
                       case when open then null when r < 0.90 then s + 20 when r < 0.95 then s + 35 else s + 10 end,
                       case when not open then (case when r < 0.90 then 'MET' when r < 0.95 then 'MET_LATE' else 'CLOSED' end)
                            when s + 30 < :today then 'OVERDUE' when s + 30 - :today <= 7 then 'DUE_SOON' else 'ON_TRACK' end,
                       case when not open or s + 30 < :today then null when s + 30 - :today <= 7 then s + 31 else s + 23 end,
                       false, 0, now()
                from (select i, (:today - (i % 1095))::date as s, random() as r,
                             ((i % 1095) < 30 or random() < 0.005) as open
                      from generate_series(1, :rows) as i) g
                """).bind("today", today).bind("rows", ROWS).then().block(WAIT);
        // As autovacuum would have done on a table filled over years: statistics, and a visibility map for index-only
        // scans.
        db.sql("vacuum analyze tracked_deadline").then().block(WAIT);
    }

    private void midnight(LocalDate day) {
        long due = one("select count(*) as n from tracked_deadline where next_change <= '" + day + "'");
        String plan = String.join(
                "\n",
                db.sql("explain select application_id from tracked_deadline t where t.next_change is not null "
                                + "and t.next_change <= '" + day + "' order by t.next_change limit 500")
                        .map(row -> row.get(0, String.class))
                        .all()
                        .collectList()
                        .block(WAIT));
        long start = System.nanoTime();
        int changed = tracking.reevaluate(day).block(WAIT);
        double ms = (System.nanoTime() - start) / 1e6;
        report(
                "midnight re-evaluation for %s: %,d rows due, %,d changed state, %.0f ms (%.2f ms per changed row) of %,d rows",
                day, due, changed, ms, changed == 0 ? 0 : ms / changed, ROWS);
        report("plan of the selection:%n%s", plan);
        long again = System.nanoTime();
        int second = tracking.reevaluate(day).block(WAIT);
        report("re-evaluating the same day again: %d changed, %.1f ms", second, (System.nanoTime() - again) / 1e6);
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

    private void boardQueries() {
        LocalDate since = deadlines.today().minusDays(30);
        report("counter rows: %,d", one("select count(*) as n from deadline_count"));
        explain(
                "select t.state, sum(t.n) as n from deadline_count t where t.state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE') group by t.state "
                        + "union all select t.state, sum(t.n) as n from deadline_count t where t.finished_on is not null "
                        + "and t.finished_on >= '" + since + "' group by t.state");
        explain(
                "select t.application_id, p.reason from tracked_deadline t left join deadline_pause p on p.application_id = t.application_id "
                        + "and p.ended_on is null where t.state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE') order by t.due_date, t.application_id limit 100");
        for (var filter : List.of(
                BoardFilter.all(),
                new BoardFilter(UUID.fromString("00000000-0000-0000-0001-000000000007"), null, null, null),
                new BoardFilter(null, "Zespół 3", "ZA_ZYCIEM", null))) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < QUERIES + 50; i++) {
                long start = System.nanoTime();
                board.counts(DIRECTOR, filter)
                        .zipWith(board.page(DIRECTOR, filter, null, DeadlineBoardView.PAGE)
                                .collectList())
                        .block(WAIT);
                if (i >= 50) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            report(
                    "board first page (counts + %d rows), filter %s, %d runs: %s",
                    DeadlineBoardView.PAGE, describe(filter), QUERIES, percentiles(times));
        }
    }

    private void liveLatency(LocalDate today) throws Exception {
        Map<UUID, Long> appendedAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Double> sse = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Double> boards = new ConcurrentLinkedQueue<>();
        List<Disposable> open = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        var type = new ParameterizedTypeReference<ServerSentEvent<String>>() {};
        // One sign-in (the password hash is slow on purpose), then every stream on the session cookie.
        var session = clientAs("dyrektor")
                .get()
                .uri("/api/me")
                .exchange()
                .returnResult(String.class)
                .getResponseCookies()
                .getFirst("JSESSIONID");
        for (int i = 0; i < SESSIONS; i++) {
            var body = client().mutate()
                    .responseTimeout(WAIT)
                    .build()
                    .get()
                    .uri("/api/backoffice/events")
                    .cookie("JSESSIONID", session.getValue())
                    .accept(MediaType.TEXT_EVENT_STREAM)
                    .exchange()
                    .returnResult(type)
                    .getResponseBody();
            open.add(body.filter(event -> event.data() != null && "ApplicationSubmitted".equals(event.event()))
                    .subscribe(event -> {
                        Long at = appendedAt.get(UUID.fromString(json.readTree(event.data())
                                .path("applicationId")
                                .asString()));
                        if (at != null) {
                            sse.add((System.nanoTime() - at) / 1e6);
                        }
                    }));
            // A board session: what DeadlineBoardView does on a change, up to the push.
            open.add(tracking.updates()
                    .filter(DeadlineTracking::concerns)
                    .sample(Duration.ofMillis(200))
                    .onBackpressureLatest()
                    .concatMap(
                            event -> snapshots
                                    .after(event.sequence(), DIRECTOR, BoardFilter.all(), DeadlineBoardView.PAGE)
                                    .map(data -> event),
                            1)
                    .subscribe(event -> {
                        Long at = appendedAt.get(event.aggregateId());
                        if (at != null && event.type().equals("DeadlineStateChanged")) {
                            boards.add((System.nanoTime() - at) / 1e6);
                        }
                    }));
        }
        Thread.sleep(2000);
        for (int i = 0; i < CHANGES; i++) {
            UUID id = UUID.randomUUID();
            appendedAt.put(id, System.nanoTime());
            log.append(ContractEvents.submitted(id, "IPUS", today, today.plusDays(30)))
                    .block(WAIT);
            Thread.sleep(500);
        }
        Thread.sleep(3000);
        open.forEach(Disposable::dispose);
        report(
                "%d changes, %d event-stream connections: append -> received, %d samples: %s",
                CHANGES, SESSIONS, sse.size(), percentiles(new ArrayList<>(sse)));
        report(
                "%d changes, %d board sessions: append -> board data ready to push, %d samples: %s",
                CHANGES, SESSIONS, boards.size(), percentiles(new ArrayList<>(boards)));
    }

    private long one(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block(WAIT);
    }

    private static String describe(BoardFilter filter) {
        return filter.coordinatorId() != null ? "coordinator" : filter.team() != null ? "team + kind" : "none";
    }

    private static String percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return "no samples";
        }
        Collections.sort(values);
        return String.format(
                "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                at(values, 0.50), at(values, 0.95), at(values, 0.99), values.getLast());
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }

    private static void report(String format, Object... args) {
        System.out.println("BENCHMARK " + String.format(format, args));
    }
}
