package pl.cus.portal.reporting.internal;

import static pl.cus.portal.reporting.internal.ReportLists.ALERTS_SQL;
import static pl.cus.portal.reporting.internal.ReportLists.OPEN;
import static pl.cus.portal.reporting.internal.ReportLists.RUNNING_SQL;
import static pl.cus.portal.reporting.internal.ReportLists.n;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.reporting.MeetingPack;
import pl.cus.portal.reporting.MeetingPack.Issue;
import pl.cus.portal.reporting.ReportPeriod;
import reactor.core.publisher.Mono;

/**
 * The coordinators' quarterly meeting pack: open cases with their deadline ({@code tracked_deadline}) and plan
 * ({@code plan}, {@code plan_version}), read-only (decision 0021).
 */
@Component
class MeetingPackQueries {

    static final int MEETING_LIMIT = 2000;

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

    private final DatabaseClient db;

    MeetingPackQueries(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Open cases with their deadline and plan, those to discuss first, then the others, each part by due date (at most
     * {@link #MEETING_LIMIT} in all). Without sorting every open case: the cases to discuss are read from where they are
     * few, {@code tracked_deadline}'s partial indexes on open deadlines (overdue, due soon, paused: a pause ends when
     * its deadline is met or closed, so a paused deadline is an open one) and the plans with a change request; then
     * the rest of the open cases is a top-N by due date on {@code application} alone, joined only for the rows kept.
     */
    Mono<MeetingPack> meetingPack(LocalDate today, ReportPeriod quarter) {
        Mono<Long> total = db.sql("select count(*) as n from application where status = any(:open)")
                .bind("open", OPEN)
                .map((row, meta) -> n(row))
                .one();
        Mono<List<MeetingPack.OpenPlan>> discuss = db.sql(
                        """
                        with d as (
                            select application_id from tracked_deadline where state in %s
                            union
                            select application_id from tracked_deadline where state in %s and paused
                            union
                            select application_id from plan where change_request is not null
                        )
                        select %s
                        from d join application a on a.id = d.application_id
                        %s
                        where a.status = any(:open)
                        order by a.plan_due_date, a.reference
                        limit %d
                        """.formatted(ALERTS_SQL, RUNNING_SQL, MEETING_COLUMNS, MEETING_JOINS, MEETING_LIMIT))
                .bind("open", OPEN)
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
                                where a.status = any(:open) and a.id <> all(:skip)
                                order by a.plan_due_date, a.reference
                                limit %d
                            )
                            select %s
                            from rest join application a on a.id = rest.id
                            %s
                            order by a.plan_due_date, a.reference
                            """.formatted(room, MEETING_COLUMNS, MEETING_JOINS))
                    .bind("open", OPEN)
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
}
