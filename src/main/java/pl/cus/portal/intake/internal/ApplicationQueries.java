package pl.cus.portal.intake.internal;

import static pl.cus.portal.intake.internal.ApplicationRows.COLUMNS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationStatus;
import pl.cus.portal.intake.CaseQuery;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Lists and counts of applications: the resident's own, the staff lists and the workload counts. Nothing writes. */
@Repository
class ApplicationQueries {

    private static final String[] OPEN = ApplicationStatus.names(ApplicationStatus.OPEN);

    private final DatabaseClient db;
    private final ApplicationRows rows;

    ApplicationQueries(DatabaseClient db, ApplicationRows rows) {
        this.db = db;
        this.rows = rows;
    }

    Flux<Application> ofResident(UUID residentId) {
        return db.sql("select " + COLUMNS
                        + " from application where resident_id = :resident order by submitted_at desc, reference desc")
                .bind("resident", residentId)
                .map((row, meta) -> rows.map(row))
                .all();
    }

    /**
     * Staff lists, oldest first. {@code visibleTo}, when not null, keeps only unassigned applications and those
     * assigned to that member of staff (the coordinators' and family assistants' view).
     */
    Flux<Application> list(CaseQuery query, UUID visibleTo) {
        Filter filter = filter(query, visibleTo);
        String sql = "select " + COLUMNS + " from application" + filter.where() + " order by submitted_at, reference"
                + (query.limit() == null ? "" : " limit " + query.limit());
        return filter.bind(db.sql(sql)).map((row, meta) -> rows.map(row)).all();
    }

    /** How many {@link #list} would give without a limit, counted by the database. */
    Mono<Long> count(CaseQuery query, UUID visibleTo) {
        Filter filter = filter(query, visibleTo);
        return filter.bind(db.sql("select count(*) as n from application" + filter.where()))
                .map(row -> row.get("n", Long.class))
                .one();
    }

    /** Open applications per assignee, for workload panels. */
    Flux<Map.Entry<UUID, Long>> openCasesPerAssignee() {
        return db.sql("select assignee_id, count(*) as n from application where assignee_id is not null "
                        + "and status = any(:open) group by assignee_id")
                .bind("open", OPEN)
                .map(row -> Map.entry(row.get("assignee_id", UUID.class), row.get("n", Long.class)))
                .all();
    }

    /** Open applications assigned to the member of staff, other than {@code except}. */
    Mono<Long> openCasesOf(UUID assigneeId, ApplicationId except) {
        return db.sql("select count(*) as n from application where assignee_id = :assignee and status = any(:open) "
                        + "and id <> :except")
                .bind("assignee", assigneeId)
                .bind("open", OPEN)
                .bind("except", except.value())
                .map(row -> row.get("n", Long.class))
                .one();
    }

    private record Filter(List<String> conditions, Map<String, Object> binds) {
        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
            for (var bind : binds.entrySet()) {
                spec = spec.bind(bind.getKey(), bind.getValue());
            }
            return spec;
        }
    }

    private static Filter filter(CaseQuery query, UUID visibleTo) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        if (visibleTo != null) {
            where.add("(assignee_id is null or assignee_id = :self)");
            binds.put("self", visibleTo);
        }
        if (!query.statuses().isEmpty()) {
            where.add("status = any(:statuses)");
            binds.put("statuses", query.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (Boolean.TRUE.equals(query.unassigned())) {
            where.add("assignee_id is null");
        } else if (Boolean.FALSE.equals(query.unassigned())) {
            where.add("assignee_id is not null");
        }
        if (query.assigneeId() != null) {
            where.add("assignee_id = :assignee");
            binds.put("assignee", query.assigneeId());
        }
        if (query.kind() != null) {
            where.add("kind = :kind");
            binds.put("kind", query.kind().name());
        }
        if (query.district() != null && !query.district().isBlank()) {
            where.add("lower(district) = lower(:district)");
            binds.put("district", query.district().strip());
        }
        if (query.language() != null && !query.language().isBlank()) {
            where.add("language = :language");
            binds.put("language", query.language().strip());
        }
        if (query.text() != null && !query.text().isBlank()) {
            // Services are matched on their names only (the jsonb also holds ids, which are not text to search).
            where.add("(reference ilike :text escape '\\' or district ilike :text escape '\\' or exists (select 1 from "
                    + "jsonb_array_elements(services) service where service ->> 'name' ilike :text escape '\\'))");
            binds.put(
                    "text",
                    "%"
                            + query.text()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        return new Filter(where, binds);
    }
}
