package pl.cus.portal.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import pl.cus.portal.PortalIntegrationTest;

/** The board's counters always equal a count of the projection, whatever inserts, updates and deletes do to it. */
class DeadlineCountsTests extends PortalIntegrationTest {

    private static final String GROUP = "state || '|' || kind || '|' || coalesce(coordinator_id::text, '-') || '|' "
            + "|| coalesce(team, '-') || '|' || coalesce(finished_on::text, '-')";

    @Autowired
    DatabaseClient db;

    @Test
    void countersFollowEveryKindOfChange() {
        String marker = "Counted " + UUID.randomUUID();
        UUID coordinator = UUID.randomUUID();
        try {
            changeAndCompare(marker, coordinator);
        } finally {
            // Other tests re-evaluate the shared projection by date: leave nothing of ours for them to find.
            sql("delete from tracked_deadline where team = '" + marker + "'");
        }
        assertCountersMatch();
    }

    private void changeAndCompare(String marker, UUID coordinator) {
        sql(
                "insert into tracked_deadline (application_id, reference, kind, coordinator_id, team, submitted_on, due_date, "
                        + "state, next_change, last_event_seq, updated_at) "
                        + "select gen_random_uuid(), 'C/' || i, case when i % 3 = 0 then 'ZA_ZYCIEM' else 'IPUS' end, "
                        + "case when i % 2 = 0 then '" + coordinator + "'::uuid end, '" + marker
                        + "', date '2026-11-01', "
                        + "date '2026-12-01', 'ON_TRACK', date '2026-11-24', 0, now() from generate_series(1, 40) as i");
        assertCountersMatch();

        sql("update tracked_deadline set state = 'DUE_SOON' where team = '" + marker + "' and reference like 'C/1%'");
        sql("update tracked_deadline set state = 'MET', met_on = date '2026-11-20', finished_on = date '2026-11-20', "
                + "next_change = null where team = '" + marker + "' and reference like 'C/2%'");
        sql("update tracked_deadline set coordinator_id = null where team = '" + marker
                + "' and reference like 'C/3%'");
        sql("update tracked_deadline set paused = true where team = '" + marker + "'");
        assertCountersMatch();

        sql("delete from tracked_deadline where team = '" + marker + "' and reference like 'C/4%'");
        assertCountersMatch();
        assertThat(counted("select count(*) from tracked_deadline where team = '" + marker + "'"))
                .isEqualTo(38); // C/4 and C/40 deleted
    }

    private void assertCountersMatch() {
        Map<String, Long> direct = grouped("select " + GROUP + " as k, count(*) as n from tracked_deadline group by 1");
        Map<String, Long> counters = grouped(
                "select " + GROUP + " as k, sum(n)::bigint as n from deadline_count group by 1 having sum(n) <> 0");
        assertThat(counters).isEqualTo(direct);
    }

    private Map<String, Long> grouped(String query) {
        var rows = db.sql(query)
                .map(row -> Map.entry(row.get("k", String.class), row.get("n", Long.class)))
                .all()
                .collectList()
                .block(Duration.ofSeconds(10));
        var map = new TreeMap<String, Long>();
        rows.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    private long counted(String query) {
        return db.sql(query).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    private void sql(String statement) {
        db.sql(statement).fetch().rowsUpdated().block(Duration.ofSeconds(10));
    }
}
