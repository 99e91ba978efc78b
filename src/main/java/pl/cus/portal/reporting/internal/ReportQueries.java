package pl.cus.portal.reporting.internal;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.reporting.CaseList;
import pl.cus.portal.reporting.FamilyAssistanceFigures;
import pl.cus.portal.reporting.Figure;
import pl.cus.portal.reporting.MeetingPack;
import pl.cus.portal.reporting.MeetingPack.Issue;
import pl.cus.portal.reporting.ReportCase;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportSummary.Destination;
import pl.cus.portal.reporting.ReportSummary.MonthPlans;
import pl.cus.portal.reporting.ReportSummary.ServiceCount;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The read model's SQL. Reads the operational tables of intake ({@code application}), deadlines
 * ({@code tracked_deadline}, {@code deadline_pause}), plans ({@code plan}, {@code plan_version}), assistance
 * ({@code family_assistance}, {@code family_visit}, {@code family_monthly_report}) and the catalogue read-only, aggregating in PostgreSQL so that a year over a million applications is a few index-only scans
 * (decision 0021, indexes in V40). Nothing here writes.
 */
@Component
class ReportQueries {

    /** Intake's open statuses: before a plan, or while the plan is agreed or running. */
    static final String OPEN = "('SUBMITTED', 'ASSIGNED', 'ASSESSED', 'PLAN_AGREED', 'PLAN_PREPARED')";

    static final List<String> KINDS = List.of("IPUS", "ZA_ZYCIEM");
    static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "PORTAL");
    static final List<String> PAUSE_REASONS =
            List.of("MISSING_DOCUMENTS", "AWAITING_ANSWER", "RESIDENT_ASKED_TO_WAIT", "OTHER");
    static final List<String> DESTINATIONS = List.of("CENTRE_TEAM", "MUNICIPAL_OFFICE", "OTHER_MUNICIPAL_UNIT");
    static final int MEETING_LIMIT = 2000;

    private static final String CASE_COLUMNS = "a.id, a.reference, a.kind, a.status, a.submitted_on, a.plan_due_date, "
            + "a.plan_prepared_on, a.closed_on, a.assignee_name";

    private final DatabaseClient db;

    ReportQueries(DatabaseClient db) {
        this.db = db;
    }

    record Received(long total, Map<String, Long> byKind, Map<String, Long> byChannel) {}

    Mono<Received> received(ReportPeriod period) {
        return db.sql("select kind, contact_channel, count(*) as n from application "
                        + "where submitted_on between :from and :to group by kind, contact_channel")
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) ->
                        new Object[] {row.get("kind", String.class), row.get("contact_channel", String.class), n(row)})
                .all()
                .collectList()
                .map(rows -> {
                    Map<String, Long> byKind = zeros(KINDS);
                    Map<String, Long> byChannel = zeros(CHANNELS);
                    long total = 0;
                    for (Object[] row : rows) {
                        long n = (Long) row[2];
                        total += n;
                        byKind.merge((String) row[0], n, Long::sum);
                        byChannel.merge((String) row[1], n, Long::sum);
                    }
                    return new Received(total, byKind, byChannel);
                });
    }

    record Plans(long prepared, long onTime, Double median, Double p90, List<MonthPlans> months) {}

    /**
     * Plans prepared in the period, with one index-only scan: counts grouped by month, days from the application to
     * the plan (calendar days, day 0 = the application's day) and on time or not. The median and the 90th percentile
     * are computed from those counts exactly as PostgreSQL's {@code percentile_cont} would (linear interpolation).
     */
    Mono<Plans> plans(ReportPeriod period) {
        return db.sql("""
                        select date_trunc('month', plan_prepared_on)::date as month, plan_prepared_on - submitted_on as days,
                               plan_prepared_on <= plan_due_date as on_time, count(*) as n
                        from application where plan_prepared_on between :from and :to
                        group by 1, 2, 3
                        """)
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) -> new PlanCount(
                        YearMonth.from(row.get("month", LocalDate.class)),
                        row.get("days", Integer.class),
                        Boolean.TRUE.equals(row.get("on_time", Boolean.class)),
                        n(row)))
                .all()
                .collectList()
                .map(rows -> {
                    Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
                    period.months().forEach(month -> byMonth.put(month, new long[2]));
                    TreeMap<Integer, Long> histogram = new TreeMap<>();
                    long prepared = 0;
                    long onTime = 0;
                    for (PlanCount row : rows) {
                        prepared += row.n();
                        onTime += row.onTime() ? row.n() : 0;
                        byMonth.computeIfAbsent(row.month(), month -> new long[2])[row.onTime() ? 0 : 1] += row.n();
                        histogram.merge(row.days(), row.n(), Long::sum);
                    }
                    List<MonthPlans> months = byMonth.entrySet().stream()
                            .map(entry ->
                                    new MonthPlans(entry.getKey().toString(), entry.getValue()[0], entry.getValue()[1]))
                            .toList();
                    return new Plans(
                            prepared, onTime, Percentiles.of(histogram, 0.5), Percentiles.of(histogram, 0.9), months);
                });
    }

    private record PlanCount(YearMonth month, int days, boolean onTime, long n) {}

    record Pauses(long total, long applications, Map<String, Long> byReason) {}

    Mono<Pauses> pauses(ReportPeriod period) {
        Mono<Map<String, Long>> byReason = db.sql("select reason, count(*) as n from deadline_pause "
                        + "where started_on between :from and :to group by reason")
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) -> Map.entry(row.get("reason", String.class), n(row)))
                .all()
                .collectList()
                .map(rows -> {
                    Map<String, Long> counts = zeros(PAUSE_REASONS);
                    rows.forEach(entry -> counts.merge(entry.getKey(), entry.getValue(), Long::sum));
                    return counts;
                });
        Mono<Long> applications = db.sql("select count(distinct application_id) as n from deadline_pause "
                        + "where started_on between :from and :to")
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) -> n(row))
                .one();
        return Mono.zip(byReason, applications)
                .map(parts -> new Pauses(
                        parts.getT1().values().stream()
                                .mapToLong(Long::longValue)
                                .sum(),
                        parts.getT2(),
                        parts.getT1()));
    }

    record Outcomes(long forwarded, long refused, Map<String, Long> byDestination, List<Destination> destinations) {}

    /** Forwarded (art. 38) and refused applications by the day of the decision ({@code closed_on}). */
    Mono<Outcomes> forwardedAndRefused(ReportPeriod period) {
        return db.sql("select status, forwarded_destination, forwarded_to, count(*) as n from application "
                        + "where status in ('FORWARDED', 'NOT_QUALIFIED') and closed_on between :from and :to "
                        + "group by status, forwarded_destination, forwarded_to order by n desc, forwarded_to")
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) -> new Object[] {
                    row.get("status", String.class),
                    row.get("forwarded_destination", String.class),
                    row.get("forwarded_to", String.class),
                    n(row)
                })
                .all()
                .collectList()
                .map(rows -> {
                    long forwarded = 0;
                    long refused = 0;
                    Map<String, Long> byDestination = zeros(DESTINATIONS);
                    List<Destination> destinations = new ArrayList<>();
                    for (Object[] row : rows) {
                        long n = (Long) row[3];
                        if ("FORWARDED".equals(row[0])) {
                            forwarded += n;
                            String destination = row[1] == null ? "OTHER_MUNICIPAL_UNIT" : (String) row[1];
                            byDestination.merge(destination, n, Long::sum);
                            destinations.add(new Destination(destination, (String) row[2], n));
                        } else {
                            refused += n;
                        }
                    }
                    return new Outcomes(forwarded, refused, byDestination, destinations);
                });
    }

    /**
     * The services of the plans prepared in the period, by programme, service and provider: summed from
     * {@code report_service_day}, which V41's triggers fill the moment a plan becomes prepared (the agreed and approved
     * version's items), so that a year is a few thousand rows instead of every plan's jsonb.
     */
    Mono<List<ServiceCount>> services(ReportPeriod period) {
        return db.sql("""
                        select d.service_id, coalesce(s.name, d.service_id) as service, pr.name as programme, d.provider,
                               sum(d.plans)::bigint as n
                        from report_service_day d
                        left join catalogue_service s on s.id::text = d.service_id
                        left join catalogue_programme pr on pr.id = s.programme_id
                        where d.prepared_on between :from and :to
                        group by d.service_id, s.name, pr.name, d.provider
                        order by pr.name nulls last, 2, d.provider
                        """)
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) -> new ServiceCount(
                        row.get("service_id", String.class),
                        row.get("service", String.class),
                        row.get("programme", String.class),
                        row.get("provider", String.class),
                        n(row)))
                .all()
                .collectList();
    }

    record YearRow(int year, String what, long n) {}

    /** Per year: received (submitted), plans prepared, forwarded, refused and withdrawn, each in the year it happened. */
    Flux<YearRow> outcomes(int fromYear, int toYear) {
        LocalDate start = LocalDate.of(fromYear, 1, 1);
        LocalDate end = LocalDate.of(toYear, 12, 31);
        return db.sql("""
                        select extract(year from submitted_on)::int as y, 'RECEIVED' as what, count(*) as n from application
                            where submitted_on between :from and :to group by 1
                        union all
                        select extract(year from plan_prepared_on)::int, 'PREPARED', count(*) from application
                            where plan_prepared_on between :from and :to group by 1
                        union all
                        select extract(year from closed_on)::int, status, count(*) from application
                            where status in ('FORWARDED', 'NOT_QUALIFIED', 'WITHDRAWN') and closed_on between :from and :to group by 1, 2
                        """)
                .bind("from", start)
                .bind("to", end)
                .map((row, meta) -> new YearRow(row.get("y", Integer.class), row.get("what", String.class), n(row)))
                .all();
    }

    /** Family assistance in force on at least one day of the period ({@code :from}, {@code :to}), as a condition on {@code f}. */
    static final String IN_FORCE = "f.consent_on <= :to and (f.ended_on is null or f.ended_on >= :from)";

    /**
     * Family-assistance figures for the period from the {@code assistance} module's tables (V35): families with the
     * assistance in force on at least one day of it (consent on or before the last day, not ended before the first),
     * their assistants, children (household members of their information cards, {@link Children}), court-ordered and
     * "Za życiem" among them; assistance ended in the period by reason; visits dated and monthly reports submitted in it.
     */
    Mono<FamilyAssistanceFigures> familyAssistance(ReportPeriod period) {
        Mono<long[]> counts = db.sql("""
                        select count(*) as families, count(distinct f.assistant_id) as assistants,
                               count(*) filter (where f.court_ordered) as court, count(*) filter (where f.za_zyciem) as zz,
                               (select count(*) from family_visit v where v.visited_on between :from and :to) as visits,
                               (select count(*) from family_monthly_report r where r.submitted_on between :from and :to) as reports
                        from family_assistance f where %s
                        """.formatted(IN_FORCE))
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) -> new long[] {
                    l(row, "families"),
                    l(row, "assistants"),
                    l(row, "court"),
                    l(row, "zz"),
                    l(row, "visits"),
                    l(row, "reports")
                })
                .one();
        int endYear = period.to().getYear();
        Mono<Long> children = db.sql("""
                        select m->>'relation' as relation,
                               case when jsonb_typeof(m->'birthYear') = 'number' then round((m->>'birthYear')::numeric)::int end as born
                        from family_assistance f
                        cross join lateral jsonb_array_elements(case when jsonb_typeof(f.card->'household') = 'array'
                                                                     then f.card->'household' else '[]'::jsonb end) m
                        where %s
                        """.formatted(IN_FORCE))
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) ->
                        Children.isChild(row.get("relation", String.class), row.get("born", Integer.class), endYear))
                .all()
                .filter(Boolean::booleanValue)
                .count();
        Mono<Map<String, Long>> ended = db.sql("select end_reason, count(*) as n from family_assistance "
                        + "where ended_on between :from and :to group by end_reason")
                .bind("from", period.from())
                .bind("to", period.to())
                .map((row, meta) -> Map.entry(String.valueOf(row.get("end_reason", String.class)), n(row)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
        return Mono.zip(counts, children, ended).map(parts -> {
            long[] c = parts.getT1();
            Map<String, Long> reasons = zeros(FamilyAssistanceFigures.INTERRUPTION_REASONS);
            long completed = 0;
            for (var entry : parts.getT3().entrySet()) {
                if ("GOALS_REACHED".equals(entry.getKey())) {
                    completed += entry.getValue();
                } else {
                    reasons.merge(
                            reasons.containsKey(entry.getKey()) ? entry.getKey() : "OTHER",
                            entry.getValue(),
                            Long::sum);
                }
            }
            long interrupted =
                    reasons.values().stream().mapToLong(Long::longValue).sum();
            return new FamilyAssistanceFigures(
                    true, c[0], c[1], parts.getT2(), c[2], c[3], completed, interrupted, reasons, c[4], c[5]);
        });
    }

    private static long l(Readable row, String column) {
        Long n = row.get(column, Long.class);
        return n == null ? 0 : n;
    }

    /** The cases behind a figure, oldest submission first, and how many there are in all. */
    Mono<CaseList> cases(Figure figure, String key, ReportPeriod period) {
        Map<String, Object> binds = new LinkedHashMap<>();
        binds.put("from", period.from());
        binds.put("to", period.to());
        String where = condition(figure, key, period, binds);
        var count = db.sql("select count(*) as n from application a where " + where);
        var list = db.sql("select " + CASE_COLUMNS + " from application a where " + where
                + " order by a.submitted_on, a.reference limit " + CaseList.LIMIT);
        for (var bind : binds.entrySet()) {
            count = count.bind(bind.getKey(), bind.getValue());
            list = list.bind(bind.getKey(), bind.getValue());
        }
        return Mono.zip(
                        count.map((row, meta) -> n(row)).one(),
                        list.map((row, meta) -> reportCase(row)).all().collectList())
                .map(parts -> new CaseList(figure, key, period, parts.getT1(), parts.getT2()));
    }

    private static String condition(Figure figure, String key, ReportPeriod period, Map<String, Object> binds) {
        if (figure.needsKey() && (key == null || key.isBlank())) {
            throw InvalidInput.of("key", "reporting.error.key", "The figure " + figure + " needs a key.");
        }
        String plain = key == null || key.isBlank() ? null : key.strip();
        return switch (figure) {
            case RECEIVED -> "a.submitted_on between :from and :to";
            case RECEIVED_KIND -> {
                binds.put("key", oneOf(plain, KINDS));
                yield "a.submitted_on between :from and :to and a.kind = :key";
            }
            case RECEIVED_CHANNEL -> {
                binds.put("key", oneOf(plain, CHANNELS));
                yield "a.submitted_on between :from and :to and a.contact_channel = :key";
            }
            case PREPARED -> "a.plan_prepared_on between :from and :to";
            case ON_TIME -> "a.plan_prepared_on between :from and :to and a.plan_prepared_on <= a.plan_due_date";
            case LATE -> "a.plan_prepared_on between :from and :to and a.plan_prepared_on > a.plan_due_date";
            case MONTH_ON_TIME, MONTH_LATE -> {
                YearMonth month = month(plain);
                binds.put("from", max(period.from(), month.atDay(1)));
                binds.put("to", min(period.to(), month.atEndOfMonth()));
                yield "a.plan_prepared_on between :from and :to and a.plan_prepared_on "
                        + (figure == Figure.MONTH_ON_TIME ? "<=" : ">") + " a.plan_due_date";
            }
            case PAUSED -> {
                String reason = "";
                if (plain != null) {
                    binds.put("key", oneOf(plain, PAUSE_REASONS));
                    reason = " and p.reason = :key";
                }
                yield "exists (select 1 from deadline_pause p where p.application_id = a.id and p.started_on between :from and :to"
                        + reason + ")";
            }
            case FORWARDED -> {
                String destination = "";
                if (plain != null) {
                    binds.put("key", oneOf(plain, DESTINATIONS));
                    destination = " and a.forwarded_destination = :key";
                }
                yield "a.status = 'FORWARDED' and a.closed_on between :from and :to" + destination;
            }
            case REFUSED -> "a.status = 'NOT_QUALIFIED' and a.closed_on between :from and :to";
            case SERVICE -> {
                int bar = plain.indexOf('|');
                String service = bar < 0 ? plain : plain.substring(0, bar);
                uuid(service);
                binds.put("service", service);
                binds.put("provider", bar < 0 ? "" : plain.substring(bar + 1).strip());
                yield "a.id in (select r.application_id from report_plan_service r where r.service_id = :service "
                        + "and r.provider = :provider and r.prepared_on between :from and :to)";
            }
            case CASELOAD -> {
                binds.remove("from");
                binds.remove("to");
                binds.put("key", uuid(plain));
                yield "a.assignee_id = :key and a.status in " + OPEN;
            }
            case FA_FAMILIES -> assistance(IN_FORCE);
            case FA_COURT_ORDERED -> assistance(IN_FORCE + " and f.court_ordered");
            case FA_ZA_ZYCIEM -> assistance(IN_FORCE + " and f.za_zyciem");
            case FA_COMPLETED -> assistance("f.ended_on between :from and :to and f.end_reason = 'GOALS_REACHED'");
            case FA_INTERRUPTED -> {
                String reason = "f.end_reason <> 'GOALS_REACHED'";
                if (plain != null) {
                    binds.put("key", oneOf(plain, FamilyAssistanceFigures.INTERRUPTION_REASONS));
                    reason = "f.end_reason = :key";
                }
                yield assistance("f.ended_on between :from and :to and " + reason);
            }
        };
    }

    private static String assistance(String condition) {
        return "a.id in (select f.application_id from family_assistance f where " + condition + ")";
    }

    /** The columns of a meeting-pack row, over {@code application a} and its deadline, plan and current version. */
    private static final String MEETING_COLUMNS = """
            a.id, a.reference, a.kind, a.status, a.assignee_name, a.submitted_on, a.plan_due_date, a.plan_prepared_on,
            t.state, coalesce(t.paused, false) as paused, p.change_request is not null as change_requested, v.period_to
            """;

    private static final String MEETING_JOINS = """
            left join tracked_deadline t on t.application_id = a.id
            left join plan p on p.application_id = a.id
            left join plan_version v on v.plan_id = p.id and v.version = p.current_version
            """;

    /**
     * Open cases with their deadline and plan, those to discuss first, then the others, each part by due date (at most
     * {@link #MEETING_LIMIT} in all). Without sorting every open case: the cases to discuss are read from where they are
     * few, {@code tracked_deadline}'s partial indexes on open deadlines (overdue, due soon, paused: a pause ends when
     * its deadline is met or closed, so a paused deadline is an open one) and the plans with a change request; then
     * the rest of the open cases is a top-N by due date on {@code application} alone, joined only for the rows kept.
     */
    Mono<MeetingPack> meetingPack(LocalDate today, ReportPeriod quarter) {
        Mono<Long> total = db.sql("select count(*) as n from application where status in " + OPEN)
                .map((row, meta) -> n(row))
                .one();
        Mono<List<MeetingPack.OpenPlan>> discuss = db.sql(
                        """
                        with d as (
                            select application_id from tracked_deadline where state in ('OVERDUE', 'DUE_SOON')
                            union
                            select application_id from tracked_deadline where state in ('ON_TRACK', 'DUE_SOON', 'OVERDUE') and paused
                            union
                            select application_id from plan where change_request is not null
                        )
                        select %s
                        from d join application a on a.id = d.application_id
                        %s
                        where a.status in %s
                        order by a.plan_due_date, a.reference
                        limit %d
                        """.formatted(MEETING_COLUMNS, MEETING_JOINS, OPEN, MEETING_LIMIT))
                .map((row, meta) -> openPlan(row))
                .all()
                .collectList();
        Mono<List<MeetingPack.OpenPlan>> rows = discuss.flatMap(first -> {
            int room = MEETING_LIMIT - first.size();
            if (room <= 0) {
                return Mono.just(first);
            }
            UUID[] skip =
                    first.stream().map(MeetingPack.OpenPlan::applicationId).toArray(UUID[]::new);
            return db.sql("""
                            with rest as (
                                select a.id from application a
                                where a.status in %s and a.id <> all(:skip)
                                order by a.plan_due_date, a.reference
                                limit %d
                            )
                            select %s
                            from rest join application a on a.id = rest.id
                            %s
                            order by a.plan_due_date, a.reference
                            """.formatted(OPEN, room, MEETING_COLUMNS, MEETING_JOINS))
                    .bind("skip", skip)
                    .map((row, meta) -> openPlan(row))
                    .all()
                    .collectList()
                    .map(rest -> {
                        List<MeetingPack.OpenPlan> all = new ArrayList<>(first);
                        all.addAll(rest);
                        return all;
                    });
        });
        return Mono.zip(rows, total).map(parts -> new MeetingPack(today, quarter, parts.getT1(), parts.getT2()));
    }

    private static MeetingPack.OpenPlan openPlan(Readable row) {
        String state = row.get("state", String.class);
        List<Issue> issues = new ArrayList<>();
        if ("OVERDUE".equals(state)) {
            issues.add(Issue.OVERDUE);
        }
        if ("DUE_SOON".equals(state)) {
            issues.add(Issue.DUE_SOON);
        }
        if (Boolean.TRUE.equals(row.get("paused", Boolean.class))) {
            issues.add(Issue.PAUSED);
        }
        if (Boolean.TRUE.equals(row.get("change_requested", Boolean.class))) {
            issues.add(Issue.CHANGE_REQUESTED);
        }
        return new MeetingPack.OpenPlan(
                row.get("id", UUID.class),
                row.get("reference", String.class),
                row.get("kind", String.class),
                row.get("status", String.class),
                row.get("assignee_name", String.class),
                row.get("submitted_on", LocalDate.class),
                row.get("plan_due_date", LocalDate.class),
                state,
                row.get("plan_prepared_on", LocalDate.class),
                row.get("period_to", LocalDate.class),
                issues);
    }

    private static ReportCase reportCase(Readable row) {
        return new ReportCase(
                row.get("id", UUID.class),
                row.get("reference", String.class),
                row.get("kind", String.class),
                row.get("status", String.class),
                row.get("submitted_on", LocalDate.class),
                row.get("plan_due_date", LocalDate.class),
                row.get("plan_prepared_on", LocalDate.class),
                row.get("closed_on", LocalDate.class),
                row.get("assignee_name", String.class));
    }

    private static long n(Readable row) {
        Long n = row.get("n", Long.class);
        return n == null ? 0 : n;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, 0L));
        return map;
    }

    private static String oneOf(String key, List<String> allowed) {
        if (key == null || !allowed.contains(key)) {
            throw InvalidInput.of("key", "reporting.error.key", "The key is one of " + allowed + ".");
        }
        return key;
    }

    private static YearMonth month(String key) {
        try {
            return YearMonth.parse(key);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("key", "reporting.error.key", "The key is a month, YYYY-MM.");
        }
    }

    private static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("key", "reporting.error.key", "The key is an id.");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
