package pl.cus.portal.reporting.internal;

import static pl.cus.portal.reporting.internal.ReportLists.COMPLETED;
import static pl.cus.portal.reporting.internal.ReportLists.n;
import static pl.cus.portal.reporting.internal.ReportLists.zeros;

import io.r2dbc.spi.Readable;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.reporting.FamilyAssistanceFigures;
import pl.cus.portal.reporting.ReportPeriod;
import reactor.core.publisher.Mono;

/** Family-assistance figures from the {@code assistance} module's tables (V35), read-only (decision 0021). */
@Component
class FamilyAssistanceQueries {

    /** Family assistance in force on at least one day of the period ({@code :from}, {@code :to}), as a condition on {@code f}. */
    static final String IN_FORCE = "f.consent_on <= :to and (f.ended_on is null or f.ended_on >= :from)";

    private final DatabaseClient db;

    FamilyAssistanceQueries(DatabaseClient db) {
        this.db = db;
    }

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
                if (COMPLETED.equals(entry.getKey())) {
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
}
