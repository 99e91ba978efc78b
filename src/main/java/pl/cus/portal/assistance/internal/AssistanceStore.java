package pl.cus.portal.assistance.internal;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import pl.cus.portal.assistance.Consent;
import pl.cus.portal.assistance.Ending;
import pl.cus.portal.assistance.InformationCard;
import pl.cus.portal.assistance.MonitoringNote;
import pl.cus.portal.assistance.SupportItem;
import pl.cus.portal.assistance.WorkPlan;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves a family's {@link Assistance} (V35, V65): the case row with its small documents as jsonb, and the
 * appended rows through {@link AssistanceRecordRows}. Saving checks the version the change was decided on: a row
 * changed meanwhile is refused with {@link AssistanceRefusals#stale()}, a second first save with
 * {@link AssistanceRefusals#consentRecorded()}. No rule is decided here.
 */
@Repository
class AssistanceStore {

    private static final String COLUMNS =
            "application_id, version, assistant_id, za_zyciem, consent_on, court_ordered, referred_on, "
                    + "documents_received_on, card::text as card, work_plan::text as work_plan, "
                    + "support_catalogue::text as support_catalogue, ended_on, end_reason, end_reason_text, "
                    + "monitoring_until, monitoring_notes::text as monitoring_notes";

    private final DatabaseClient db;
    private final JsonMapper json;
    private final AssistanceRecordRows records;

    AssistanceStore(DatabaseClient db, JsonMapper json, AssistanceRecordRows records) {
        this.db = db;
        this.json = json;
        this.records = records;
    }

    /** The family's assistance, or empty before the consent. */
    Mono<Assistance> load(UUID applicationId) {
        return db.sql("select " + COLUMNS + " from family_assistance where application_id = :id")
                .bind("id", applicationId)
                .map((row, meta) -> row(row))
                .one()
                .flatMap(row -> records.load(applicationId).map(loaded -> new Assistance(row, loaded)));
    }

    /** Saves the row (inserted at the consent, otherwise updated from its version) and then the appended rows. */
    Mono<Void> save(Assistance assistance, Instant at) {
        AssistanceRow row = assistance.row();
        Mono<Long> written = assistance.isNew() ? insert(row, at) : update(row, at);
        return written.flatMap(count -> count == 1
                ? records.save(row.applicationId(), assistance.records(), row.assistantId(), at)
                : Mono.error(assistance.isNew() ? AssistanceRefusals.consentRecorded() : AssistanceRefusals.stale()));
    }

    private Mono<Long> insert(AssistanceRow row, Instant at) {
        Consent consent = row.consent();
        var spec = db.sql("insert into family_assistance (application_id, version, assistant_id, za_zyciem, "
                        + "consent_on, court_ordered, referred_on, documents_received_on, recorded_at, updated_at) "
                        + "values (:id, 0, :assistant, :za, :consent, :court, :referred, :docs, :at, :at) "
                        + "on conflict (application_id) do nothing")
                .bind("id", row.applicationId())
                .bind("assistant", row.assistantId())
                .bind("za", row.zaZyciem())
                .bind("consent", consent.consentOn())
                .bind("court", consent.courtOrdered())
                .bind("at", utc(at));
        spec = nullable(spec, "referred", consent.referredOn(), LocalDate.class);
        spec = nullable(spec, "docs", consent.documentsReceivedOn(), LocalDate.class);
        return spec.fetch().rowsUpdated();
    }

    private Mono<Long> update(AssistanceRow row, Instant at) {
        Ending ending = row.ending();
        var spec = db.sql("update family_assistance set version = version + 1, assistant_id = :assistant, "
                        + "card = :card, work_plan = :plan, support_catalogue = :support, "
                        + "monitoring_notes = :notes, ended_on = :ended, end_reason = :reason, "
                        + "end_reason_text = :reasonText, monitoring_until = :until, updated_at = :at "
                        + "where application_id = :id and version = :version")
                .bind("assistant", row.assistantId())
                .bind("plan", document(row.workPlan().goals()))
                .bind("support", document(row.supportCatalogue()))
                .bind("notes", document(row.monitoringNotes()))
                .bind("at", utc(at))
                .bind("id", row.applicationId())
                .bind("version", row.version());
        spec = nullable(spec, "card", row.card() == null ? null : document(row.card()), Json.class);
        spec = nullable(spec, "ended", ending == null ? null : ending.endedOn(), LocalDate.class);
        spec = nullable(spec, "reason", ending == null ? null : ending.reason().name(), String.class);
        spec = nullable(spec, "reasonText", ending == null ? null : ending.reasonText(), String.class);
        spec = nullable(spec, "until", ending == null ? null : ending.monitoringUntil(), LocalDate.class);
        return spec.fetch().rowsUpdated();
    }

    private static <T> GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private Json document(Object document) {
        return Json.of(json.writeValueAsString(document));
    }

    private AssistanceRow row(Readable row) {
        String card = row.get("card", String.class);
        LocalDate endedOn = row.get("ended_on", LocalDate.class);
        Ending ending = endedOn == null
                ? null
                : new Ending(
                        endedOn,
                        Ending.EndReason.valueOf(row.get("end_reason", String.class)),
                        row.get("end_reason_text", String.class),
                        row.get("monitoring_until", LocalDate.class));
        return new AssistanceRow(
                row.get("application_id", UUID.class),
                row.get("version", Long.class),
                row.get("assistant_id", UUID.class),
                Boolean.TRUE.equals(row.get("za_zyciem", Boolean.class)),
                new Consent(
                        row.get("consent_on", LocalDate.class),
                        Boolean.TRUE.equals(row.get("court_ordered", Boolean.class)),
                        row.get("referred_on", LocalDate.class),
                        row.get("documents_received_on", LocalDate.class)),
                card == null ? null : json.readValue(card, InformationCard.class),
                new WorkPlan(Arrays.asList(json.readValue(row.get("work_plan", String.class), WorkPlan.Goal[].class))),
                Arrays.asList(json.readValue(row.get("support_catalogue", String.class), SupportItem[].class)),
                ending,
                Arrays.asList(json.readValue(row.get("monitoring_notes", String.class), MonitoringNote[].class)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
