package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.shared.BackgroundSubscription;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Removes what residents left behind (docs/operations.md): drafts not changed for {@link UploadLimits#keepDrafts()},
 * then files not part of a submitted application, uploaded more than {@link UploadLimits#keepUnattachedFiles()} ago
 * and listed in none of their owner's drafts. Runs a minute after start and then every
 * {@link UploadLimits#cleanupInterval()}; time comes from the clock. With several instances, a transaction-scoped
 * advisory lock lets one run at a time and the others skip; the deletes re-check their conditions row by row, so a
 * draft saved or a file sent at the same moment stays. Only the counts are logged, nothing about the people.
 */
@Component
class IntakeCleanup extends BackgroundSubscription {

    private static final Logger log = LoggerFactory.getLogger(IntakeCleanup.class);
    /** The advisory lock key of the clean-up ("intake-cleanup"), shared by all instances. */
    private static final long LOCK = 0x696e74616b65L;

    private static final Duration FIRST_RUN = Duration.ofMinutes(1);

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final UploadLimits limits;
    private final Clock clock;

    IntakeCleanup(DatabaseClient db, TransactionalOperator transactions, UploadLimits limits, Clock clock) {
        this.db = db;
        this.transactions = transactions;
        this.limits = limits;
        this.clock = clock;
    }

    /** What one run removed; {@code ran} is false when another instance held the lock. */
    record Removed(boolean ran, long drafts, long files) {}

    @Override
    protected Disposable subscribe() {
        Duration first = FIRST_RUN.compareTo(limits.cleanupInterval()) < 0 ? FIRST_RUN : limits.cleanupInterval();
        return Flux.interval(first, limits.cleanupInterval())
                .onBackpressureDrop()
                .concatMap(tick -> run().onErrorResume(error -> {
                    log.warn(
                            "Intake clean-up failed ({}); trying again in {}",
                            error.toString(),
                            limits.cleanupInterval());
                    return Mono.empty();
                }))
                .subscribe();
    }

    /** One run at the clock's present moment. */
    Mono<Removed> run() {
        return Mono.defer(() -> run(clock.instant()));
    }

    private Mono<Removed> run(Instant now) {
        var draftsBefore = ApplicationStore.utc(now.minus(limits.keepDrafts()));
        var filesBefore = ApplicationStore.utc(now.minus(limits.keepUnattachedFiles()));
        return db.sql("select pg_try_advisory_xact_lock(:key) as locked")
                .bind("key", LOCK)
                .map(row -> row.get("locked", Boolean.class))
                .one()
                .flatMap(locked -> !locked
                        ? Mono.just(new Removed(false, 0, 0))
                        : db.sql("delete from application_draft where updated_at < :before")
                                .bind("before", draftsBefore)
                                .fetch()
                                .rowsUpdated()
                                .flatMap(drafts -> db.sql(
                                                "delete from attachment a where a.application_id is null and a.uploaded_at < :before "
                                                        + "and not exists (select 1 from application_draft d where d.resident_id = a.owner_id "
                                                        + "and jsonb_path_exists(d.form, '$.attachments[*] ? (@ == $id || @.value == $id)', "
                                                        + "jsonb_build_object('id', a.id::text)))")
                                        .bind("before", filesBefore)
                                        .fetch()
                                        .rowsUpdated()
                                        .map(files -> new Removed(true, drafts, files))))
                .as(transactions::transactional)
                .doOnNext(removed -> {
                    if (removed.ran() && removed.drafts() + removed.files() > 0) {
                        log.info(
                                "Intake clean-up removed {} draft(s) unchanged for {} and {} unattached file(s) older than {}",
                                removed.drafts(),
                                limits.keepDrafts(),
                                removed.files(),
                                limits.keepUnattachedFiles());
                    }
                });
    }
}
