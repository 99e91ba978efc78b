package pl.cus.portal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import pl.cus.portal.audit.AccessEntry;
import pl.cus.portal.audit.AccessLog;
import pl.cus.portal.audit.AuditAction;
import pl.cus.portal.intake.ApplicationForm;
import pl.cus.portal.intake.ApplicationId;
import pl.cus.portal.intake.ApplicationView;
import pl.cus.portal.intake.Applications;
import pl.cus.portal.intake.Submission;
import pl.cus.portal.shared.Actor;
import pl.cus.portal.shared.InvalidInput;
import pl.cus.portal.shared.InvalidInput.FieldError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Submitting ({@link Submitter}), reading and withdrawing the resident's own applications. A withdrawal is one
 * transaction on the locked row: the {@link Application} decides, the change is saved against its version with the
 * history step, the audit entry and the event.
 */
@Service
class ApplicationService implements Applications {

    private final ApplicationStore store;
    private final ApplicationQueries queries;
    private final ApplicationChanges changes;
    private final Submitter submitter;
    private final ApplicationViews views;
    private final IntakeAccess access;
    private final AccessLog accessLog;
    private final TransactionalOperator transactions;
    private final Clock clock;

    ApplicationService(
            ApplicationStore store,
            ApplicationQueries queries,
            ApplicationChanges changes,
            Submitter submitter,
            ApplicationViews views,
            IntakeAccess access,
            AccessLog accessLog,
            TransactionalOperator transactions,
            Clock clock) {
        this.store = store;
        this.queries = queries;
        this.changes = changes;
        this.submitter = submitter;
        this.views = views;
        this.access = access;
        this.accessLog = accessLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Mono<Submission> submit(Actor resident, String idempotencyKey, ApplicationForm form) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            return submitter
                    .submit(resident, idempotencyKey, form)
                    .flatMap(outcome ->
                            views.full(outcome.application()).map(view -> new Submission(view, outcome.created())));
        });
    }

    @Override
    public Mono<List<FieldError>> validate(Actor resident, ApplicationForm form) {
        return Mono.defer(() -> {
            access.requireResident(resident);
            return submitter
                    .checked(resident, form)
                    .thenReturn(List.<FieldError>of())
                    .onErrorResume(InvalidInput.class, invalid -> Mono.just(invalid.errors()));
        });
    }

    @Override
    public Flux<ApplicationView> mine(Actor resident) {
        return Flux.defer(() -> {
            access.requireResident(resident);
            return queries.ofResident(resident.id()).concatMap(views::full);
        });
    }

    @Override
    public Mono<ApplicationView> mine(Actor resident, ApplicationId id) {
        return access.own(resident, id).flatMap(views::full);
    }

    /** On the locked row, so that a withdrawal racing another change of the application is decided after it. */
    @Override
    public Mono<ApplicationView> withdraw(Actor resident, ApplicationId id) {
        return access.own(resident, id)
                .then(Mono.defer(() -> {
                    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
                    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
                    return store.lock(id)
                            .switchIfEmpty(Mono.error(() -> IntakeAccess.notFound(id)))
                            .flatMap(app -> changes.record(
                                    app.withdraw(today),
                                    now,
                                    null,
                                    resident,
                                    AuditAction.WITHDRAWN,
                                    "withdrawn by the resident"))
                            .as(transactions::transactional);
                }))
                .flatMap(views::full);
    }

    @Override
    public Flux<AccessEntry> accessLog(Actor resident, ApplicationId id) {
        return access.own(resident, id)
                .flatMapMany(app -> accessLog.forRecord(app.id().value()));
    }
}
