package pl.cus.portal.intake.internal;

import io.r2dbc.postgresql.codec.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.Draft;
import pl.cus.portal.intake.DraftId;
import pl.cus.portal.intake.Drafts;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.DomainException;
import pl.cus.portal.shared.InvalidInput;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Unfinished applications, the form kept as jsonb exactly as far as it is filled in. A draft must say which kind of
 * application it is; one stored without (or with a kind since removed) is read with no kind rather than failing.
 */
@Service
class DraftService implements Drafts {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);

    /** Far above a complete form (4000 characters of needs and a full household), far below abuse. */
    static final int MAX_FORM_BYTES = 64 * 1024;

    private final DatabaseClient db;
    private final IntakeAccess access;
    private final JsonMapper json;
    private final TransactionalOperator transactions;
    private final Clock clock;
    private final int maxDrafts;
    private final Duration keep;

    DraftService(
            DatabaseClient db,
            IntakeAccess access,
            JsonMapper json,
            TransactionalOperator transactions,
            Clock clock,
            IntakeProperties properties,
            UploadLimits limits) {
        this.keep = limits.keepDrafts();
        this.db = db;
        this.access = access;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.maxDrafts = properties.maxDrafts();
    }

    @Override
    public Mono<Draft> save(Actor resident, DraftId id, ApplicationForm form, int step) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            if (form == null || form.kind() == null) {
                return Mono.error(InvalidInput.of(
                        "kind",
                        "intake.error.kind",
                        "Say which kind of application the draft is for: IPUS or ZA_ZYCIEM."));
            }
            String body = json.writeValueAsString(form);
            if (body.getBytes(StandardCharsets.UTF_8).length > MAX_FORM_BYTES) {
                return Mono.error(
                        InvalidInput.of("form", "intake.error.draft-too-large", "The draft is too large to be saved."));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            int safeStep = Math.max(0, step);
            return id == null ? create(resident, body, safeStep, now) : replace(resident, id, body, safeStep, now);
        });
    }

    private Mono<Draft> create(Actor resident, String body, int step, Instant now) {
        var id = new DraftId(UUID.randomUUID());
        // The count and the insert run under a per-resident lock, so parallel saves cannot pass the limit together.
        return db.sql("select pg_advisory_xact_lock(hashtext('draft:' || :resident))")
                .bind("resident", resident.id().toString())
                .then()
                .then(db.sql("select count(*) as n from application_draft where resident_id = :resident")
                        .bind("resident", resident.id())
                        .map(row -> row.get("n", Long.class))
                        .one())
                .flatMap(count -> count >= maxDrafts
                        ? Mono.error(new DomainException.Conflict(
                                "intake.error.too-many-drafts",
                                "You already keep " + maxDrafts + " drafts; discard one to save a new one."))
                        : db.sql(
                                        "insert into application_draft (id, resident_id, form, step, updated_at) values (:id, :resident, :form, :step, :at)")
                                .bind("id", id.value())
                                .bind("resident", resident.id())
                                .bind("form", Json.of(body))
                                .bind("step", step)
                                .bind("at", ApplicationStore.utc(now))
                                .then())
                .as(transactions::transactional)
                .then(Mono.fromSupplier(() -> draft(id, read(body), step, now)));
    }

    private Mono<Draft> replace(Actor resident, DraftId id, String body, int step, Instant now) {
        return db.sql(
                        "update application_draft set form = :form, step = :step, updated_at = :at where id = :id and resident_id = :resident")
                .bind("form", Json.of(body))
                .bind("step", step)
                .bind("at", ApplicationStore.utc(now))
                .bind("id", id.value())
                .bind("resident", resident.id())
                .fetch()
                .rowsUpdated()
                .flatMap(count -> count == 1 ? Mono.just(draft(id, read(body), step, now)) : Mono.error(notFound(id)));
    }

    @Override
    public Flux<Draft> mine(Actor resident) {
        return Flux.defer(() -> {
            access.requireResident(resident);
            return db.sql(
                            "select id, form, step, updated_at from application_draft where resident_id = :resident order by updated_at desc, id")
                    .bind("resident", resident.id())
                    .map((row, meta) -> map(row))
                    .all();
        });
    }

    @Override
    public Mono<Draft> find(Actor resident, DraftId id) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            return db.sql(
                            "select id, form, step, updated_at from application_draft where id = :id and resident_id = :resident")
                    .bind("id", id.value())
                    .bind("resident", resident.id())
                    .map((row, meta) -> map(row))
                    .one()
                    .switchIfEmpty(Mono.error(() -> notFound(id)));
        });
    }

    @Override
    public Mono<Void> discard(Actor resident, DraftId id) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            return db.sql("delete from application_draft where id = :id and resident_id = :resident")
                    .bind("id", id.value())
                    .bind("resident", resident.id())
                    .fetch()
                    .rowsUpdated()
                    .flatMap(count -> count == 1 ? Mono.<Void>empty() : Mono.error(notFound(id)));
        });
    }

    private Draft draft(DraftId id, ApplicationForm form, int step, Instant updatedAt) {
        return new Draft(id, form, step, updatedAt, updatedAt.plus(keep));
    }

    private Draft map(io.r2dbc.spi.Readable row) {
        var id = new DraftId(row.get("id", UUID.class));
        return draft(
                id,
                stored(id, row.get("form", Json.class).asString()),
                row.get("step", Integer.class),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }

    private ApplicationForm read(String body) {
        return json.readValue(body, ApplicationForm.class);
    }

    /**
     * A stored form as far as it can be read: one with an unknown kind (or otherwise unreadable) loses the kind, and
     * failing that everything, so that one bad row cannot break the resident's list of drafts.
     */
    private ApplicationForm stored(DraftId id, String body) {
        try {
            return read(body);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            log.warn(
                    "Draft {} cannot be read as a form ({}); shown without its kind",
                    id,
                    unreadable.getClass().getSimpleName());
            try {
                var tree = json.readTree(body);
                if (tree instanceof ObjectNode object) {
                    object.remove("kind");
                    return json.treeToValue(object, ApplicationForm.class);
                }
            } catch (JacksonException | IllegalArgumentException stillUnreadable) {
                // fall through to an empty form
            }
            return ApplicationForm.empty(null);
        }
    }

    private static DomainException.NotFound notFound(DraftId id) {
        return new DomainException.NotFound("No draft " + id + " found.");
    }
}
