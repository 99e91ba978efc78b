package pl.cus.portal.reporting;

import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Applications, plans and pauses with known dates written straight into the tables, for reports over a period far
 * from today (the database is shared by the whole test run, so each test class keeps to its own year).
 */
public final class ReportData {

    public static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-000000000101");
    public static final UUID EWA = UUID.fromString("00000000-0000-0000-0000-000000000201");
    public static final String RESPITE = "5e4f1ce0-0000-4000-8000-000000000002";
    public static final String OTHER_SERVICE = "5e4f1ce0-0000-4000-8000-000000000001";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final DatabaseClient db;
    private final String prefix;

    /** @param prefix a reference prefix unique to the test run, e.g. {@code "T" + random} */
    public ReportData(DatabaseClient db, String prefix) {
        this.db = db;
        this.prefix = prefix;
    }

    public record Application(UUID id, String reference) {}

    public Application application(
            String name,
            String kind,
            String channel,
            String status,
            LocalDate submitted,
            LocalDate prepared,
            LocalDate closed,
            String destination,
            String forwardedTo) {
        UUID id = UUID.randomUUID();
        String reference = prefix + "/" + name;
        var spec = db.sql("""
                        insert into application (id, resident_id, idempotency_key, request_hash, reference, kind, status, submitted_at,
                            submitted_on, plan_due_date, plan_prepared_on, closed_on, needs, contact_channel, consent_at,
                            forwarded_destination, forwarded_to)
                        values (:id, :resident, :key, 'report-test', :reference, :kind, :status, :at, :submitted, :due, :prepared, :closed,
                            'potrzeby (dane testowe raportów)', :channel, :at, :destination, :to)
                        """)
                .bind("id", id)
                .bind("resident", ANNA)
                .bind("key", "report-" + id)
                .bind("reference", reference)
                .bind("kind", kind)
                .bind("status", status)
                .bind("at", submitted.atTime(9, 0).atZone(WARSAW).toOffsetDateTime())
                .bind("submitted", submitted)
                .bind("due", submitted.plusDays(30))
                .bind("channel", channel);
        spec = prepared == null ? spec.bindNull("prepared", LocalDate.class) : spec.bind("prepared", prepared);
        spec = closed == null ? spec.bindNull("closed", LocalDate.class) : spec.bind("closed", closed);
        spec = destination == null ? spec.bindNull("destination", String.class) : spec.bind("destination", destination);
        spec = forwardedTo == null ? spec.bindNull("to", String.class) : spec.bind("to", forwardedTo);
        spec.then().block(WAIT);
        return new Application(id, reference);
    }

    public Application received(String name, String kind, String channel, LocalDate submitted) {
        return application(name, kind, channel, "WITHDRAWN", submitted, null, submitted.plusDays(1), null, null);
    }

    /** An application with a prepared plan whose current version holds the given service items. */
    public Application withPlan(
            String name, LocalDate submitted, LocalDate prepared, List<String[]> serviceAndProvider) {
        Application app = application(name, "IPUS", "PORTAL", "PLAN_PREPARED", submitted, prepared, null, null, null);
        UUID plan = UUID.randomUUID();
        // As the plans module does it: the plan, its versions, then the day it became prepared.
        db.sql("insert into plan (id, application_id, current_version) values (:id, :app, 2)")
                .bind("id", plan)
                .bind("app", app.id())
                .then()
                .block(WAIT);
        StringBuilder items = new StringBuilder("[");
        for (String[] item : serviceAndProvider) {
            if (items.length() > 1) {
                items.append(',');
            }
            items.append("{\"serviceId\":\"")
                    .append(item[0])
                    .append("\",\"serviceName\":\"usługa\",\"provider\":\"")
                    .append(item[1])
                    .append("\",\"place\":\"Nadrzecze\",\"schedule\":\"co tydzień\"}");
        }
        items.append(']');
        // Version 1 (superseded) names another service: only the current version counts.
        for (int version = 1; version <= 2; version++) {
            db.sql("""
                            insert into plan_version (plan_id, version, period_from, period_to, goals, items, written_by, written_by_name,
                                written_at, agreed_on, approved_on)
                            values (:plan, :version, :from, :to, 'cele', :items, :by, 'Ewa Kowalska', now(), :prepared, :prepared)
                            """)
                    .bind("plan", plan)
                    .bind("version", version)
                    .bind("from", prepared)
                    .bind("to", prepared.plusMonths(6))
                    .bind(
                            "items",
                            Json.of(
                                    version == 2
                                            ? items.toString()
                                            : "[{\"serviceId\":\"" + OTHER_SERVICE
                                                    + "\",\"serviceName\":\"stara\",\"provider\":\"Stary realizator\"}]"))
                    .bind("by", EWA)
                    .bind("prepared", prepared)
                    .then()
                    .block(WAIT);
        }
        db.sql("update plan set prepared_on = :prepared where id = :id")
                .bind("prepared", prepared)
                .bind("id", plan)
                .then()
                .block(WAIT);
        return app;
    }

    /** A pause of the application's tracked deadline (the row is made when missing, as the deadline projection would). */
    public void pause(Application app, String reason, LocalDate started, LocalDate ended) {
        db.sql("""
                        insert into tracked_deadline (application_id, reference, kind, submitted_on, due_date, state, paused, last_event_seq,
                            updated_at)
                        select id, reference, kind, submitted_on, plan_due_date, 'MET', false, 0, now() from application where id = :id
                        on conflict (application_id) do nothing
                        """).bind("id", app.id()).then().block(WAIT);
        db.sql("""
                        insert into deadline_pause (id, application_id, reason, started_on, ended_on, started_by, ended_by, created_at)
                        values (:id, :app, :reason, :started, :ended, :by, :by, now())
                        """)
                .bind("id", UUID.randomUUID())
                .bind("app", app.id())
                .bind("reason", reason)
                .bind("started", started)
                .bind("ended", ended)
                .bind("by", EWA)
                .then()
                .block(WAIT);
    }
}
