package pl.cus.portal.reporting.internal;

import static pl.cus.portal.reporting.internal.ReportLists.CHANNELS;
import static pl.cus.portal.reporting.internal.ReportLists.COMPLETED;
import static pl.cus.portal.reporting.internal.ReportLists.DESTINATIONS;
import static pl.cus.portal.reporting.internal.ReportLists.FORWARDED;
import static pl.cus.portal.reporting.internal.ReportLists.KINDS;
import static pl.cus.portal.reporting.internal.ReportLists.NOT_QUALIFIED;
import static pl.cus.portal.reporting.internal.ReportLists.OPEN;
import static pl.cus.portal.reporting.internal.ReportLists.PAUSE_REASONS;
import static pl.cus.portal.reporting.internal.ReportLists.n;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import pl.cus.portal.reporting.CaseList;
import pl.cus.portal.reporting.FamilyAssistanceFigures;
import pl.cus.portal.reporting.Figure;
import pl.cus.portal.reporting.ReportCase;
import pl.cus.portal.reporting.ReportPeriod;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Mono;

/** The cases behind each figure of the summary (decision 0021): the same conditions, as a list and a count. */
@Component
class CaseListQueries {

    private static final String CASE_COLUMNS = "a.id, a.reference, a.kind, a.status, a.submitted_on, a.plan_due_date, "
            + "a.plan_prepared_on, a.closed_on, a.assignee_name";

    private final DatabaseClient db;

    CaseListQueries(DatabaseClient db) {
        this.db = db;
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
                yield "a.status = '" + FORWARDED + "' and a.closed_on between :from and :to" + destination;
            }
            case REFUSED -> "a.status = '" + NOT_QUALIFIED + "' and a.closed_on between :from and :to";
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
                binds.put("open", OPEN);
                yield "a.assignee_id = :key and a.status = any(:open)";
            }
            case FA_FAMILIES -> assistance(FamilyAssistanceQueries.IN_FORCE);
            case FA_COURT_ORDERED -> assistance(FamilyAssistanceQueries.IN_FORCE + " and f.court_ordered");
            case FA_ZA_ZYCIEM -> assistance(FamilyAssistanceQueries.IN_FORCE + " and f.za_zyciem");
            case FA_COMPLETED -> {
                binds.put("completed", COMPLETED);
                yield assistance("f.ended_on between :from and :to and f.end_reason = :completed");
            }
            case FA_INTERRUPTED -> {
                String reason;
                if (plain != null) {
                    binds.put("key", oneOf(plain, FamilyAssistanceFigures.INTERRUPTION_REASONS));
                    reason = "f.end_reason = :key";
                } else {
                    binds.put("completed", COMPLETED);
                    reason = "f.end_reason <> :completed";
                }
                yield assistance("f.ended_on between :from and :to and " + reason);
            }
        };
    }

    private static String assistance(String condition) {
        return "a.id in (select f.application_id from family_assistance f where " + condition + ")";
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
