package pl.cus.portal.triage.internal;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.triage.AssessmentForm;
import pl.cus.portal.triage.AssessmentOutcome;
import pl.cus.portal.triage.NeedsAssessment;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Needs-assessment versions: table {@code triage_needs_assessment}. */
@Repository
class AssessmentStore {

    private final DatabaseClient db;

    AssessmentStore(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Inserts the next version. Two writers racing for the same version number meet the unique key; the loser's
     * transaction fails and is reported as a conflict.
     */
    Mono<NeedsAssessment> insert(NeedsAssessment draft) {
        AssessmentForm form = draft.form();
        return db.sql(
                        "select coalesce(max(version), 0) + 1 as next from triage_needs_assessment where application_id = :app")
                .bind("app", draft.applicationId().value())
                .map(row -> row.get("next", Integer.class))
                .one()
                .flatMap(version -> {
                    var spec = db.sql(
                                    "insert into triage_needs_assessment (id, application_id, version, needs, services_used, "
                                            + "justified, possible, justification, fees_explained, fees_note, outcome, recorded_by, "
                                            + "recorded_by_name, recorded_at) values (:id, :app, :version, :needs, :used, :justified, "
                                            + ":possible, :justification, :fees, :feesNote, :outcome, :by, :byName, :at)")
                            .bind("id", draft.id())
                            .bind("app", draft.applicationId().value())
                            .bind("version", version)
                            .bind("needs", form.needs())
                            .bind("justified", form.justified())
                            .bind("possible", form.possible())
                            .bind("fees", form.feesExplained())
                            .bind("outcome", form.outcome().name())
                            .bind("by", draft.recordedBy())
                            .bind("byName", draft.recordedByName())
                            .bind("at", draft.recordedAt().atOffset(ZoneOffset.UTC));
                    spec = nullable(spec, "used", form.servicesUsed());
                    spec = nullable(spec, "justification", form.justification());
                    spec = nullable(spec, "feesNote", form.feesNote());
                    return spec.fetch()
                            .rowsUpdated()
                            .thenReturn(new NeedsAssessment(
                                    draft.id(),
                                    draft.applicationId(),
                                    version,
                                    form,
                                    draft.recordedBy(),
                                    draft.recordedByName(),
                                    draft.recordedAt()));
                });
    }

    Flux<NeedsAssessment> history(ApplicationId id) {
        return db.sql("select * from triage_needs_assessment where application_id = :app order by version desc")
                .bind("app", id.value())
                .map(AssessmentStore::assessment)
                .all();
    }

    private static NeedsAssessment assessment(Readable row) {
        var form = new AssessmentForm(
                row.get("needs", String.class),
                row.get("services_used", String.class),
                row.get("justified", Boolean.class),
                row.get("possible", Boolean.class),
                row.get("justification", String.class),
                row.get("fees_explained", Boolean.class),
                row.get("fees_note", String.class),
                AssessmentOutcome.valueOf(row.get("outcome", String.class)));
        return new NeedsAssessment(
                row.get("id", UUID.class),
                new ApplicationId(row.get("application_id", UUID.class)),
                row.get("version", Integer.class),
                form,
                row.get("recorded_by", UUID.class),
                row.get("recorded_by_name", String.class),
                row.get("recorded_at", OffsetDateTime.class).toInstant());
    }

    private static DatabaseClient.GenericExecuteSpec nullable(
            DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return value == null ? spec.bindNull(name, String.class) : spec.bind(name, value);
    }
}
