package pl.cus.portal.reporting.internal;

import static pl.cus.portal.reporting.internal.ReportLists.CHANNELS;
import static pl.cus.portal.reporting.internal.ReportLists.DECIDED_SQL;
import static pl.cus.portal.reporting.internal.ReportLists.DESTINATIONS;
import static pl.cus.portal.reporting.internal.ReportLists.ENDED_BEFORE_PLAN_SQL;
import static pl.cus.portal.reporting.internal.ReportLists.FORWARDED;
import static pl.cus.portal.reporting.internal.ReportLists.KINDS;
import static pl.cus.portal.reporting.internal.ReportLists.PAUSE_REASONS;
import static pl.cus.portal.reporting.internal.ReportLists.UNKNOWN_DESTINATION;
import static pl.cus.portal.reporting.internal.ReportLists.n;
import static pl.cus.portal.reporting.internal.ReportLists.zeros;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.reporting.ReportSummary.Destination;
import pl.cus.portal.reporting.ReportSummary.MonthPlans;
import pl.cus.portal.reporting.ReportSummary.ServiceCount;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The figures of the period's summary, aggregated in PostgreSQL over intake's {@code application}, deadlines'
 * {@code deadline_pause} and the services of prepared plans ({@code report_service_day}, V41), so that a year over a
 * million applications is a few index-only scans (decision 0021, indexes in V40); and the same per year. Nothing here
 * writes.
 */
@Component
class SummaryQueries {

    private final DatabaseClient db;

    SummaryQueries(DatabaseClient db) {
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
                        + "where status in " + DECIDED_SQL + " and closed_on between :from and :to "
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
                        if (FORWARDED.equals(row[0])) {
                            forwarded += n;
                            String destination = row[1] == null ? UNKNOWN_DESTINATION : (String) row[1];
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
                            where status in %s and closed_on between :from and :to group by 1, 2
                        """.formatted(ENDED_BEFORE_PLAN_SQL))
                .bind("from", start)
                .bind("to", end)
                .map((row, meta) -> new YearRow(row.get("y", Integer.class), row.get("what", String.class), n(row)))
                .all();
    }
}
